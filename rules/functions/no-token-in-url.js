// Rule sg08-no-token-in-url: tokens, keys, secrets and passwords travel in a header, never in the URL: no such
// query or path parameter and no apiKey scheme in the query (SG-08 Private token in a header).
import { isObject, operationsOf, parametersOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

const SECRET_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'passcode',
  'pin',
  'credential',
  'credentials',
  'jwt',
  'bearer',
  'authorization',
  'apikey',
  'otp',
  'session',
]);
const KEY_OWNERS = new Set(['api', 'app', 'access', 'secret', 'private', 'auth', 'client', 'session']);

/**
 * True when a parameter name names a credential: a secret word, or 'key' after api/app/access/... .
 * @param {string} name
 */
export function isCredentialName(name) {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some(
    (w, i) =>
      SECRET_WORDS.has(w) ||
      (w === 'key' && (i === 0 ? words.length === 1 : KEY_OWNERS.has(words[i - 1] ?? ''))),
  );
}

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    if (!isObject(doc)) return findings;
    const seen = new Set();
    for (const op of operationsOf(doc)) {
      for (const { param, path } of parametersOf(op)) {
        if ((param.in !== 'query' && param.in !== 'path') || typeof param.name !== 'string') continue;
        if (!isCredentialName(param.name)) continue;
        const key = path.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          message: `${param.in} parameter '${param.name}' carries a credential in the URL; send it in a header (Authorization: Bearer, X-APP-TOKEN) (SG-08)`,
          path,
        });
      }
    }
    const schemes = isObject(doc.components) ? doc.components.securitySchemes : undefined;
    if (isObject(schemes)) {
      for (const [name, s] of Object.entries(schemes)) {
        if (isObject(s) && s.type === 'apiKey' && s.in === 'query') {
          findings.push({
            message: `security scheme '${name}' sends '${String(s.name)}' in the query; use in: header (SG-08)`,
            path: ['components', 'securitySchemes', name, 'in'],
          });
        }
      }
    }
    return findings;
  },
);
