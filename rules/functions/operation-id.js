// Rule sg06-operation-id: an operationId is a camelCase verb + resource whose verb fits the method: GET list|read,
// POST create or an action verb, PUT replace|update|create, PATCH update, DELETE delete (SG-06 Pattern).
import { CRUD_VERBS, operationsOf, verbOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

/** @type {Record<string, string[]>} */
const VERBS = {
  get: ['list', 'read'],
  put: ['replace', 'update', 'create'],
  patch: ['update'],
  delete: ['delete'],
};

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    for (const op of operationsOf(doc)) {
      const id = op.operation.operationId;
      if (typeof id !== 'string') continue; // oas operation-operationId reports a missing id
      const path = [...op.path, 'operationId'];
      const where = `${op.method.toUpperCase()} ${op.pathKey}`;
      if (!/^[a-z]+[A-Z][a-zA-Z0-9]*$/.test(id)) {
        findings.push({
          message: `${where}: operationId '${id}' must be camelCase verb + Resource, like 'listProduct' (SG-06)`,
          path,
        });
        continue;
      }
      const verb = verbOf(id) ?? '';
      const allowed = VERBS[op.method];
      if (allowed && !allowed.includes(verb)) {
        findings.push({
          message: `${where}: operationId '${id}' must start with ${allowed.join(' or ')} for ${op.method.toUpperCase()} (SG-06)`,
          path,
        });
      } else if (op.method === 'post' && CRUD_VERBS.includes(verb) && verb !== 'create') {
        findings.push({
          message: `${where}: operationId '${id}': POST creates ('create...') or runs an action verb ('cancelOrder'), never '${verb}' (SG-06)`,
          path,
        });
      }
    }
    return findings;
  },
);
