// Rule sg13-response-example: every JSON response (every status, errors too) carries an example that the mock
// server can serve; oas3-valid-media-example then checks the example against the schema (SG-13 Honest types).
import { isObject, jsonMediaTypeOf, operationsOf, responsesOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    for (const op of operationsOf(doc)) {
      for (const [status, response] of responsesOf(op.operation)) {
        const media = jsonMediaTypeOf(response.content);
        if (media === undefined) continue;
        const m = response.content[media];
        if (!isObject(m)) continue;
        const hasExamples = isObject(m.examples) && Object.keys(m.examples).length > 0;
        const schemaExample = isObject(m.schema) && m.schema.example !== undefined;
        if (m.example !== undefined || hasExamples || schemaExample) continue;
        findings.push({
          message: `${op.method.toUpperCase()} ${op.pathKey} ${status}: add an example (or examples) under ${media} that matches the schema (SG-13)`,
          path: [...op.path, 'responses', status, 'content', media],
        });
      }
    }
    return findings;
  },
);
