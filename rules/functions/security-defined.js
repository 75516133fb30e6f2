// Rule sg07-security-defined: every security requirement names a declared scheme, and its scopes are declared by
// that scheme, looking through $ref-ed schemes (oas3-operation-security-defined cannot: stoplightio/spectral#2617) (SG-07, SG-08).
import { isObject, operationsOf, waivable } from '../lib/openapi.js';

/**
 * @typedef {import('../lib/openapi.js').Finding} Finding
 * @typedef {import('../lib/openapi.js').JsonPath} JsonPath
 */

/**
 * @param {import('../lib/openapi.js').Obj} scheme
 * @param {string} scope
 */
function declaresScope(scheme, scope) {
  if (scheme.type === 'openIdConnect') return true; // scopes live in the provider's discovery document
  if (scheme.type !== 'oauth2' || !isObject(scheme.flows)) return false;
  return Object.values(scheme.flows).some(
    (flow) => isObject(flow) && isObject(flow.scopes) && scope in flow.scopes,
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
    const schemes =
      isObject(doc.components) && isObject(doc.components.securitySchemes)
        ? doc.components.securitySchemes
        : {};
    /** @param {unknown} security @param {JsonPath} path */
    const check = (security, path) => {
      if (!Array.isArray(security)) return;
      security.forEach((requirement, i) => {
        if (!isObject(requirement)) return;
        for (const [name, scopes] of Object.entries(requirement)) {
          const scheme = schemes[name];
          if (!isObject(scheme)) {
            findings.push({
              message: `security names the scheme '${name}', which components.securitySchemes does not declare (SG-07)`,
              path: [...path, i, name],
            });
            continue;
          }
          if (!Array.isArray(scopes)) continue;
          scopes.forEach((scope, j) => {
            if (typeof scope === 'string' && !declaresScope(scheme, scope)) {
              findings.push({
                message: `scope '${scope}' of '${name}' is not declared by that scheme's flows (SG-07)`,
                path: [...path, i, name, j],
              });
            }
          });
        }
      });
    };
    check(doc.security, ['security']);
    for (const op of operationsOf(doc)) check(op.operation.security, [...op.path, 'security']);
    return findings;
  },
);
