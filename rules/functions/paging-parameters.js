// Rule sg17-paging-parameters: every list (a GET on /{resource}, or any GET answering a data array) declares the
// query parameters page (integer, minimum 1) and per_page (integer, minimum 1) (SG-17 Paging).
import { intentOf, isObject, operationsOf, parametersOf, waivable } from '../lib/openapi.js';

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
      if (op.method !== 'get' || intentOf(op.method, op.operation, op.pathKey) !== 'list') continue;
      const params = parametersOf(op);
      const where = `GET ${op.pathKey}`;
      for (const name of ['page', 'per_page']) {
        const found = params.find(({ param }) => param.in === 'query' && param.name === name);
        if (!found) {
          findings.push({
            message: `${where} is a list and must declare the query parameter '${name}' (integer, minimum 1) (SG-17)`,
            path:
              isObject(op.operation.parameters) || Array.isArray(op.operation.parameters)
                ? [...op.path, 'parameters']
                : op.path,
          });
          continue;
        }
        const schema = found.param.schema;
        if (!isObject(schema) || schema.type !== 'integer') {
          findings.push({
            message: `${where}: query parameter '${name}' must be type: integer (SG-17)`,
            path: [...found.path, 'schema'],
          });
        } else if (typeof schema.minimum !== 'number' || schema.minimum < 1) {
          findings.push({
            message: `${where}: query parameter '${name}' must have minimum: 1 (SG-17)`,
            path: [...found.path, 'schema'],
          });
        }
      }
    }
    return findings;
  },
);
