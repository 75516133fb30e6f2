// Rule sg13-object-shape: an object is an object and an array an array: `type: object` declares its properties
// or additionalProperties, and `properties`/`items` never sit on a schema of another type (SG-13 Honest types).
import { isObject, walkSchemas, waivable } from '../lib/openapi.js';

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
      const type = schema.type;
      if (
        type === 'object' &&
        !isObject(schema.properties) &&
        schema.additionalProperties === undefined &&
        !Array.isArray(schema.allOf) &&
        !Array.isArray(schema.oneOf) &&
        !Array.isArray(schema.anyOf)
      ) {
        findings.push({
          message: `${label} is an object with no declared shape; list its properties (or additionalProperties for a map) (SG-13)`,
          path,
        });
      }
      if (typeof type === 'string' && type !== 'object' && isObject(schema.properties)) {
        findings.push({
          message: `${label} is typed ${type} but declares properties; an object is type: object (SG-13)`,
          path: [...path, 'type'],
        });
      }
      if (typeof type === 'string' && type !== 'array' && schema.items !== undefined) {
        findings.push({
          message: `${label} is typed ${type} but declares items; an array is type: array (SG-13)`,
          path: [...path, 'type'],
        });
      }
    });
    return findings;
  },
);
