// Rule sg13-honest-types: a value has its declared type: money and coordinates are numbers, counts and pages
// integers, flags booleans, and a string never claims a numeric format (SG-13 Honest types).
import { isObject, operationsOf, parametersOf, walkSchemas, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

const NUMBER_WORDS = new Set([
  'price',
  'amount',
  'total',
  'subtotal',
  'cost',
  'fee',
  'balance',
  'discount',
  'tax',
  'distance',
  'weight',
  'rating',
]);
const GEO_WORDS = new Set(['lat', 'lng', 'lon', 'latitude', 'longitude']);
// Exact names only: a `home_page` may well be a URL.
const INTEGER_NAMES = new Set([
  'count',
  'last_page',
  'page',
  'per_page',
  'current_page',
  'total_page',
  'total_data',
  'quantity',
  'qty',
]);
const NUMERIC_FORMATS = new Set(['int32', 'int64', 'float', 'double', 'decimal']);

/**
 * The type a property's name promises, if any.
 * @param {string} name
 * @returns {{ types: string[], what: string } | undefined}
 */
function promisedType(name) {
  const words = name.toLowerCase().split('_');
  const last = words[words.length - 1] ?? '';
  if (words[0] === 'is' || words[0] === 'has') return { types: ['boolean'], what: 'a flag is a boolean' };
  if (INTEGER_NAMES.has(name) || last === 'count')
    return { types: ['integer'], what: 'a count is an integer' };
  if (GEO_WORDS.has(last)) return { types: ['number'], what: 'a coordinate is a number' };
  if (NUMBER_WORDS.has(last)) return { types: ['number', 'integer'], what: 'an amount is a number' };
  if (last === 'id' || words[0] === 'id')
    return { types: ['integer', 'string'], what: 'an id is an integer (or a string such as a UUID)' };
  return undefined;
}

/**
 * Drops findings reported twice at one path (a path-level parameter shared by several operations).
 * @param {Finding[]} findings
 */
function uniqueByPath(findings) {
  const seen = new Set();
  return findings.filter((f) => {
    const key = JSON.stringify(f.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    walkSchemas(doc, (schema, path, name) => {
      const type = typeof schema.type === 'string' ? schema.type : undefined;
      if (type === 'string' && typeof schema.format === 'string' && NUMERIC_FORMATS.has(schema.format)) {
        findings.push({
          message: `${name ? `property '${name}'` : 'schema'} is a string with format '${schema.format}'; a ${schema.format} value is a number: type: ${schema.format.startsWith('int') ? 'integer' : 'number'} (SG-13)`,
          path: [...path, 'type'],
        });
        return;
      }
      if (name === undefined || type === undefined) return;
      const promised = promisedType(name);
      if (promised && !promised.types.includes(type)) {
        findings.push({
          message: `property '${name}' is typed ${type}; ${promised.what}: type: ${promised.types[0]} (SG-13)`,
          path: [...path, 'type'],
        });
      }
    });
    // query and path parameters named like numbers are held to the same promise
    for (const op of operationsOf(doc)) {
      for (const { param, path } of parametersOf(op)) {
        if ((param.in !== 'query' && param.in !== 'path') || typeof param.name !== 'string') continue;
        const type = isObject(param.schema) ? param.schema.type : undefined;
        const promised = promisedType(param.name);
        if (typeof type === 'string' && promised && !promised.types.includes(type)) {
          findings.push({
            message: `${param.in} parameter '${param.name}' is typed ${type}; ${promised.what}: type: ${promised.types[0]} (SG-13)`,
            path: [...path, 'schema', 'type'],
          });
        }
      }
    }
    return uniqueByPath(findings);
  },
);
