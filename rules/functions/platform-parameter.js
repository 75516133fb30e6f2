// Rule sg02-platform-parameter: the {platform} path parameter is a string whose enum lists only the
// platforms android, ios and web (SG-02 Per platform).
import { isObject, operationsOf, parametersOf, PLATFORMS, waivable } from '../lib/openapi.js';

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
      if (!op.pathKey.includes('{platform}')) continue;
      const found = parametersOf(op).find(({ param }) => param.in === 'path' && param.name === 'platform');
      if (!found) continue; // oas path-params reports an undeclared path parameter
      const schema = found.param.schema;
      const values = isObject(schema) && Array.isArray(schema.enum) ? schema.enum : undefined;
      if (!isObject(schema) || schema.type !== 'string' || values === undefined || values.length === 0) {
        findings.push({
          message: `path parameter 'platform' must be a string with enum [${PLATFORMS.join(', ')}] (SG-02)`,
          path: [...found.path, ...(isObject(schema) ? ['schema'] : [])],
        });
        continue;
      }
      for (const [i, v] of values.entries()) {
        if (!PLATFORMS.includes(v)) {
          findings.push({
            message: `platform '${String(v)}' is not one of ${PLATFORMS.join(', ')} (SG-02)`,
            path: [...found.path, 'schema', 'enum', i],
          });
        }
      }
    }
    return findings;
  },
);
