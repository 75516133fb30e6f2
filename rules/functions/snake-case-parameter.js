// Rule sg16-snake-case-parameter: query, path and cookie parameter names are snake_case (`per_page`,
// `{country_id}`); header names keep their HTTP spelling (X-APP-TOKEN, Idempotency-Key) (SG-16 snake_case).
import { isObject, isSnakeCase, operationsOf, parametersOf, toSnakeCase, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    const seen = new Set();
    /** @param {import('../lib/openapi.js').Obj} param @param {(string|number)[]} path */
    const check = (param, path) => {
      if (param.in === 'header' || typeof param.name !== 'string' || isSnakeCase(param.name)) return;
      const key = JSON.stringify(path);
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        message: `${String(param.in)} parameter '${param.name}' must be snake_case: '${toSnakeCase(param.name)}' (SG-16)`,
        path: [...path, 'name'],
      });
    };
    for (const op of operationsOf(doc)) for (const { param, path } of parametersOf(op)) check(param, path);
    const components = isObject(doc) && isObject(doc.components) ? doc.components : {};
    if (isObject(components.parameters)) {
      for (const [n, p] of Object.entries(components.parameters))
        if (isObject(p)) check(p, ['components', 'parameters', n]);
    }
    return findings;
  },
);
