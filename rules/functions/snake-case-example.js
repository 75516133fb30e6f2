// Rule sg16-snake-case-example: the keys of request and response examples are snake_case, read beside their
// schema so that the keys of a map (additionalProperties only) stay free (SG-16 snake_case).
import {
  isObject,
  isSnakeCase,
  jsonMediaTypeOf,
  operationsOf,
  responsesOf,
  toSnakeCase,
  waivable,
} from '../lib/openapi.js';

/**
 * @typedef {import('../lib/openapi.js').Finding} Finding
 * @typedef {import('../lib/openapi.js').Obj} Obj
 * @typedef {import('../lib/openapi.js').JsonPath} JsonPath
 */

/**
 * The sub-schemas that describe a value: the schema and, through allOf/oneOf/anyOf, its parts.
 * @param {unknown} schema
 * @returns {Obj[]}
 */
function partsOf(schema) {
  if (!isObject(schema)) return [];
  const out = [schema];
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(schema[key])) for (const s of schema[key]) out.push(...partsOf(s));
  }
  return out;
}

/**
 * @param {unknown} value
 * @param {unknown} schema
 * @param {JsonPath} path
 * @param {Finding[]} findings
 * @param {number} depth
 */
function checkValue(value, schema, path, findings, depth) {
  if (depth > 20) return;
  const parts = partsOf(schema);
  if (Array.isArray(value)) {
    const items = parts.map((p) => p.items).find(isObject);
    value.forEach((v, i) => checkValue(v, items, [...path, i], findings, depth + 1));
    return;
  }
  if (!isObject(value)) return;
  const declared = parts.some((p) => isObject(p.properties));
  const map = parts.map((p) => p.additionalProperties).find((a) => a === true || isObject(a));
  const isMap = !declared && map !== undefined && parts.length > 0;
  for (const [key, v] of Object.entries(value)) {
    if (!isMap && !isSnakeCase(key)) {
      findings.push({
        message: `example key '${key}' must be snake_case: '${toSnakeCase(key)}' (SG-16)`,
        path: [...path, key],
      });
    }
    const propSchema = parts
      .map((p) => (isObject(p.properties) ? p.properties[key] : undefined))
      .find(isObject);
    checkValue(v, propSchema ?? (isObject(map) ? map : undefined), [...path, key], findings, depth + 1);
  }
}

/**
 * @param {unknown} media
 * @param {JsonPath} path
 * @param {Finding[]} findings
 */
function checkMedia(media, path, findings) {
  if (!isObject(media)) return;
  if (media.example !== undefined) checkValue(media.example, media.schema, [...path, 'example'], findings, 0);
  if (isObject(media.examples)) {
    for (const [n, ex] of Object.entries(media.examples)) {
      if (isObject(ex) && ex.value !== undefined)
        checkValue(ex.value, media.schema, [...path, 'examples', n, 'value'], findings, 0);
    }
  }
}

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    for (const op of operationsOf(doc)) {
      const body = op.operation.requestBody;
      if (isObject(body)) {
        const media = jsonMediaTypeOf(body.content);
        if (media) checkMedia(body.content[media], [...op.path, 'requestBody', 'content', media], findings);
      }
      for (const [status, response] of responsesOf(op.operation)) {
        const media = jsonMediaTypeOf(response.content);
        if (media)
          checkMedia(response.content[media], [...op.path, 'responses', status, 'content', media], findings);
      }
    }
    const seen = new Set();
    return findings.filter((f) => {
      const key = f.message + JSON.stringify(f.path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
);
