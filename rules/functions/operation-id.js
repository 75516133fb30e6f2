// Rules sg06-operation-id and sg06-operation-id-verb: an operationId is camelCase verb + Resource; a verb the
// ruleset knows (list, read, create, replace, update, delete) fits the method (SG-06 Pattern). Any other verb
// (getProduct, findCity) is a house habit the guide does not forbid: a hint, and intent comes from the spec.
import { CRUD_VERBS, VERBS_BY_METHOD, intentOf, operationsOf, verbOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

/** @type {Record<string, string>} */
const READ_AS = {
  list: 'a list (paged, list envelope)',
  read: 'a read ({ data, message })',
  create: 'a create (201, { message })',
  update: 'an update (200, { message })',
  delete: 'a delete (200, { message })',
  action: 'an action (error bodies only)',
  other: 'an operation with no envelope rule',
};

export default waivable(
  /**
   * @param {unknown} doc
   * @param {{ report?: 'misfit' | 'unknown-verb' }} options misfit: not camelCase, or a known verb on the
   *   wrong method; unknown-verb: a verb the ruleset does not know, with the intent it was read as
   * @returns {Finding[]}
   */
  (doc, options) => {
    const report = options?.report ?? 'misfit';
    /** @type {Finding[]} */
    const findings = [];
    for (const op of operationsOf(doc)) {
      const id = op.operation.operationId;
      if (typeof id !== 'string') continue; // oas operation-operationId reports a missing id
      const path = [...op.path, 'operationId'];
      const where = `${op.method.toUpperCase()} ${op.pathKey}`;
      const camelCase = /^[a-z]+[A-Z][a-zA-Z0-9]*$/.test(id);
      const verb = verbOf(id) ?? '';
      const allowed = VERBS_BY_METHOD[op.method];
      if (report === 'unknown-verb') {
        // POST takes any action verb (cancelOrder), so only the other methods have verbs to miss
        if (camelCase && allowed && op.method !== 'post' && !CRUD_VERBS.includes(verb)) {
          const intent = READ_AS[intentOf(op.method, op.operation, op.pathKey)] ?? 'an operation';
          findings.push({
            message: `${where}: operationId '${id}': verb '${verb}' is not one the ruleset knows (${allowed.join(', ')}); read as ${intent} from its path and response (SG-06)`,
            path,
          });
        }
        continue;
      }
      if (!camelCase) {
        findings.push({
          message: `${where}: operationId '${id}' must be camelCase verb + Resource, like 'listProduct' (SG-06)`,
          path,
        });
      } else if (allowed && CRUD_VERBS.includes(verb) && !allowed.includes(verb)) {
        findings.push({
          message:
            op.method === 'post'
              ? `${where}: operationId '${id}': POST creates ('create...') or runs an action verb ('cancelOrder'), never '${verb}' (SG-06)`
              : `${where}: operationId '${id}' must start with ${allowed.join(' or ')} for ${op.method.toUpperCase()} (SG-06)`,
          path,
        });
      }
    }
    return findings;
  },
);
