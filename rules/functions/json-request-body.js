// Rule sg09-json-request-body: a request body that is not multipart is raw JSON (application/json); form
// encoding only through a named exception such as the RFC 6749 token endpoint (SG-09 JSON bodies).
import { isObject, operationsOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

const ALLOWED = /^(?:application\/(?:[\w.+-]+\+)?json|multipart\/[\w.+-]+)(?:;.*)?$/i;

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    for (const op of operationsOf(doc)) {
      const body = op.operation.requestBody;
      if (!isObject(body) || !isObject(body.content)) continue;
      for (const media of Object.keys(body.content)) {
        if (ALLOWED.test(media)) continue;
        findings.push({
          message: `${op.method.toUpperCase()} ${op.pathKey}: request body '${media}' must be application/json (or multipart/form-data for files) (SG-09)`,
          path: [...op.path, 'requestBody', 'content', media],
        });
      }
    }
    return findings;
  },
);
