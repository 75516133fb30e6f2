// Rule sg06-method-pattern: /{resource} lists (GET) and creates (POST); /{resource}/{id} reads, updates and
// deletes (GET, PUT/PATCH, DELETE); a literal-ending path that neither lists nor creates is a singleton or action (SG-06).
import { intentOf, operationsOf, pathKindOf, verbOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    const ops = operationsOf(doc);
    /** @type {Map<string, Set<string>>} */
    const intentsByPath = new Map();
    for (const op of ops) {
      const set = intentsByPath.get(op.pathKey) ?? new Set();
      set.add(`${op.method}:${intentOf(op.method, op.operation, op.pathKey)}`);
      intentsByPath.set(op.pathKey, set);
    }
    for (const op of ops) {
      const kind = pathKindOf(op.pathKey);
      const intent = intentOf(op.method, op.operation, op.pathKey);
      const intents = intentsByPath.get(op.pathKey) ?? new Set();
      const where = `${op.method.toUpperCase()} ${op.pathKey}`;
      /** @param {string} message */
      const report = (message) => findings.push({ message: `${where}: ${message} (SG-06)`, path: op.path });
      if (op.method === 'get' && intent === 'list' && verbOf(op.operation.operationId) === 'read') {
        report(
          `${String(op.operation.operationId)} answers a data array, so it lists: name it list..., page it and answer the list envelope`,
        );
      }
      if (kind === 'item') {
        if (intent === 'list') report('a list lives on /{resource}, not on /{resource}/{id}');
        if (op.method === 'post')
          report('POST belongs on /{resource} (create) or on an action path /{resource}/{id}/action');
      } else if (kind === 'collection') {
        // a literal-ending path is a collection when it lists or creates; otherwise a singleton or an action
        const collection = intents.has('get:list') || intents.has('post:create');
        if (intent === 'read' && intents.has('post:create')) {
          report('this path creates with POST, so it is a collection: its GET lists (listX) and is paged');
        }
        if ((op.method === 'put' || op.method === 'patch' || op.method === 'delete') && collection) {
          report(
            `${op.method.toUpperCase()} belongs on /{resource}/{id}; on /{resource} only GET (list) and POST (create)`,
          );
        }
      }
    }
    return findings;
  },
);
