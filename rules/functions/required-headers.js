// Rules sg01-deprecation-headers, sg19-location-header, sg26-retry-after-header and sg26-allow-header:
// a response the clause gives a header to declares it with `required: true` (SG-01, SG-19, SG-26).
import { intentOf, isObject, operationsOf, responsesOf, statusMatches, waivable } from '../lib/openapi.js';

/**
 * @typedef {import('../lib/openapi.js').Finding} Finding
 * @typedef {{
 *   clause: string, why: string, headers: string[], statuses: string[], intents?: string[],
 *   when?: 'deprecated'
 * }} Options
 */

/**
 * The declared header of that name (header names are case-insensitive) and its key.
 * @param {Record<string, unknown>} headers
 * @param {string} name
 * @returns {[string, unknown] | undefined}
 */
function headerOf(headers, name) {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase());
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
      // A v1 operation with a successor (x-deprecation) answers Deprecation, Sunset and Link.
      if (opts.when === 'deprecated' && !isObject(op.operation['x-deprecation'])) continue;
      const where = `${op.method.toUpperCase()} ${op.pathKey}`;
      for (const [status, response] of responsesOf(op.operation)) {
        if (!opts.statuses.some((pattern) => statusMatches(status, pattern))) continue;
        const path = [...op.path, 'responses', status];
        const headers = isObject(response.headers) ? response.headers : {};
        for (const name of opts.headers) {
          const found = headerOf(headers, name);
          if (!found) {
            findings.push({
              message: `${where} ${status} must declare a required ${name} header: ${opts.why} (${opts.clause})`,
              path: isObject(response.headers) ? [...path, 'headers'] : path,
            });
          } else if (!isObject(found[1]) || found[1].required !== true) {
            findings.push({
              message: `${where} ${status} header ${found[0]} must be required: true, since it is always sent: ${opts.why} (${opts.clause})`,
              path: [...path, 'headers', found[0]],
            });
          }
        }
      }
    }
    return findings;
  },
);
