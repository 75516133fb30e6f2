// Rule sg07-app-token-required: every operation requires the X-APP-TOKEN scheme in each of its security
// alternatives, directly or through the root `security` (SG-07 App token).
import { isObject, operationsOf, waivable } from '../lib/openapi.js';
import { appTokenSchemes } from './app-token-scheme.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    if (!isObject(doc)) return findings;
    const names = appTokenSchemes(doc);
    if (names.length === 0) return findings; // sg07-app-token-scheme reports the missing scheme
    const fix = `require ${names[0]} (X-APP-TOKEN), e.g. security: [{ ${names[0]}: [] }] (SG-07)`;
    for (const op of operationsOf(doc)) {
      const own = op.operation.security;
      const security = own ?? doc.security;
      const where = `${op.method.toUpperCase()} ${op.pathKey}`;
      const path = own !== undefined ? [...op.path, 'security'] : op.path;
      if (!Array.isArray(security) || security.length === 0) {
        findings.push({ message: `${where} is public: ${fix}`, path });
        continue;
      }
      security.forEach((requirement, i) => {
        if (!isObject(requirement) || !names.some((n) => n in requirement)) {
          findings.push({
            message: `${where}: security alternative ${i + 1} does not include the app token; ${fix}`,
            path: own !== undefined ? [...op.path, 'security', i] : path,
          });
        }
      });
    }
    return findings;
  },
);
