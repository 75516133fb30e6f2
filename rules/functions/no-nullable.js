// Rule sg14-no-nullable: no schema returns or accepts null: no `nullable: true`, no null in an enum; omit an
// absent optional field, or use "" / [] / 0 where the guide says so (SG-14 No nulls).
import { walkSchemas, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    walkSchemas(doc, (schema, path, name) => {
      const label = name ? `property '${name}'` : 'schema';
      if (schema.nullable === true) {
        findings.push({
          message: `${label} is nullable; return a value of its type or leave the field out (SG-14)`,
          path: [...path, 'nullable'],
        });
      }
      if (Array.isArray(schema.enum) && schema.enum.includes(null)) {
        findings.push({
          message: `${label} lists null in its enum; remove it (SG-14)`,
          path: [...path, 'enum'],
        });
      }
    });
    return findings;
  },
);
