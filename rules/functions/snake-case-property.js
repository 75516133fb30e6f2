// Rule sg16-snake-case-property: every schema property name is snake_case, deeply (through $ref, allOf/oneOf/
// anyOf, items, additionalProperties), in request and response bodies alike (SG-16 snake_case).
import { isSnakeCase, toSnakeCase, walkSchemas, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    walkSchemas(doc, (_schema, path, name) => {
      if (name === undefined || isSnakeCase(name)) return;
      findings.push({
        message: `property '${name}' must be snake_case: '${toSnakeCase(name)}' (SG-16)`,
        path,
      });
    });
    return findings;
  },
);
