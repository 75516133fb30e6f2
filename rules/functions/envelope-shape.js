// Rules sg17-list-envelope, sg18-read-envelope, sg21-message-envelope and the sg22..sg26 error bodies:
// a response body has exactly the envelope the style guide gives for its method and status (SG-17..SG-26).
import {
  flatten,
  intentOf,
  isObject,
  operationsOf,
  responseSchemaOf,
  responsesOf,
  statusMatches,
  typeOf,
  waivable,
} from '../lib/openapi.js';

/**
 * @typedef {import('../lib/openapi.js').Finding} Finding
 * @typedef {import('../lib/openapi.js').JsonPath} JsonPath
 * @typedef {string | Shape[] | { [key: string]: Shape }} Shape
 * @typedef {{ clause: string, what: string, shape: Shape, statuses: string[], except?: string[], intents?: string[] }} Options
 */

/**
 * Compares a schema with a shape: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' for a
 * type, [shape] for an array of that shape, { key: shape } for an object with exactly those properties, all
 * required except keys ending in '?', which must stay optional.
 * @param {unknown} schema
 * @param {Shape} shape
 * @param {JsonPath} path
 * @param {string} label
 * @param {(message: string, path: JsonPath) => void} report
 */
function checkShape(schema, shape, path, label, report) {
  if (!isObject(schema)) return;
  const actual = typeOf(schema);
  if (typeof shape === 'string') {
    if (actual !== shape) report(`'${label}' must be of type ${shape}, not ${actual ?? 'untyped'}`, path);
    return;
  }
  if (Array.isArray(shape)) {
    if (actual !== 'array') {
      report(`'${label}' must be an array, not ${actual ?? 'untyped'}`, path);
      return;
    }
    if (shape[0] !== undefined) checkShape(schema.items, shape[0], [...path, 'items'], `${label}[]`, report);
    return;
  }
  if (actual !== 'object') {
    report(`'${label}' must be an object, not ${actual ?? 'untyped'}`, path);
    return;
  }
  const flat = flatten(schema, path);
  if (flat.hasComposition) report(`'${label}' must be one plain object schema, not oneOf/anyOf`, path);
  for (const [rawKey, sub] of Object.entries(shape)) {
    const optional = rawKey.endsWith('?');
    const key = optional ? rawKey.slice(0, -1) : rawKey;
    const name = label === 'body' ? key : `${label}.${key}`;
    const prop = flat.properties.get(key);
    if (!prop) {
      if (!optional) report(`'${label}' must declare the required property '${key}'`, path);
      continue;
    }
    if (optional && flat.required.has(key)) report(`'${name}' must be optional, not required`, path);
    if (!optional && !flat.required.has(key)) report(`'${name}' must be listed in required`, path);
    checkShape(prop.schema, sub, prop.path, name, report);
  }
  for (const [key, prop] of flat.properties) {
    if (!(key in shape) && !(`${key}?` in shape)) {
      report(`'${label}' has the unexpected property '${key}'`, prop.path);
    }
  }
}

/** @param {Shape} shape @returns {string} */
function describe(shape) {
  if (typeof shape === 'string') return shape;
  if (Array.isArray(shape)) return `[${shape[0] === undefined ? '' : describe(shape[0])}]`;
  return `{ ${Object.entries(shape)
    .map(([k, v]) => `${k}: ${describe(v)}`)
    .join(', ')} }`;
}

export default waivable(
  /**
   * @param {unknown} doc
   * @param {Options} opts
   * @returns {Finding[]}
   */
  (doc, opts) => {
    /** @type {Finding[]} */
    const findings = [];
    for (const op of operationsOf(doc)) {
      if (opts.intents && !opts.intents.includes(intentOf(op.method, op.operation, op.pathKey))) continue;
      for (const [status, response] of responsesOf(op.operation)) {
        if (status === '204') continue;
        if (!opts.statuses.some((p) => statusMatches(status, p))) continue;
        if ((opts.except ?? []).some((p) => statusMatches(status, p))) continue;
        const where = `${op.method.toUpperCase()} ${op.pathKey} ${status}`;
        const base = [...op.path, 'responses', status];
        const body = responseSchemaOf(response, base);
        if (!body) {
          findings.push({
            message: `${where}: ${opts.what} needs an application/json body ${describe(opts.shape)} (${opts.clause})`,
            path: base,
          });
          continue;
        }
        checkShape(body.schema, opts.shape, body.path, 'body', (message, path) =>
          findings.push({
            message: `${where}: ${message}; ${opts.what} is ${describe(opts.shape)} (${opts.clause})`,
            path,
          }),
        );
      }
    }
    return findings;
  },
);
