// Rule sg12-response-schema-per-operation: each operation's 2xx JSON body is its own named schema
// (ProductListResponse), shared with no other operation, so one endpoint's change never moves another (SG-12).
import { isObject, operationsOf, jsonMediaTypeOf, responsesOf, waivable } from '../lib/openapi.js';
import { pointerTarget } from '../lib/json-pointer.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * Runs on the unresolved document, where the names of schemas are still visible.
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    /** @type {Map<string, string>} */
    const owner = new Map();
    for (const op of operationsOf(doc)) {
      const name =
        typeof op.operation.operationId === 'string'
          ? op.operation.operationId
          : `${op.method.toUpperCase()} ${op.pathKey}`;
      for (const [status, raw] of responsesOf(op.operation)) {
        if (!/^2\d\d$/.test(status)) continue;
        let response = raw;
        let path = [...op.path, 'responses', status];
        let identityPrefix = '';
        if (typeof raw.$ref === 'string') {
          const target = pointerTarget(doc, raw.$ref);
          if (!isObject(target)) {
            // an external response: its reference is its identity
            identityPrefix = raw.$ref;
            response = {};
          } else {
            response = target;
          }
        }
        if (identityPrefix) {
          checkOwner(identityPrefix, name, path);
          continue;
        }
        const media = jsonMediaTypeOf(response.content);
        if (media === undefined) continue;
        const schema = response.content[media].schema;
        if (!isObject(schema)) continue;
        if (typeof raw.$ref !== 'string') path = [...path, 'content', media, 'schema'];
        if (typeof schema.$ref !== 'string') {
          findings.push({
            message: `${name} ${status}: the response body is an inline schema; give it its own named schema, e.g. components.schemas.${suggest(name)} (SG-12)`,
            path,
          });
          continue;
        }
        checkOwner(schema.$ref, name, path);
      }
    }
    return findings;

    /** @param {string} identity @param {string} name @param {(string|number)[]} path */
    function checkOwner(identity, name, path) {
      const first = owner.get(identity);
      if (first === undefined) owner.set(identity, name);
      else if (first !== name) {
        const shown = identity.split('/').pop() ?? identity;
        findings.push({
          message: `${name} answers with '${shown}', already the response schema of ${first}; give each operation its own response schema (SG-12)`,
          path: [...path, '$ref'],
        });
      }
    }
  },
);

/**
 * A response schema name for an operationId: listCountryCity -> CountryCityListResponse.
 * @param {string} operationId
 */
function suggest(operationId) {
  const m = /^([a-z]+)([A-Z]\w*)$/.exec(operationId);
  if (!m || m[1] === undefined || m[2] === undefined) return 'OperationResponse';
  return `${m[2]}${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}Response`;
}
