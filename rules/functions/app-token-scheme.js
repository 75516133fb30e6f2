// Rule sg07-app-token-scheme: the spec declares the app token as a security scheme, apiKey in the header
// X-APP-TOKEN (SG-07 App token).
import { isObject, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

/**
 * Names of the security schemes that carry X-APP-TOKEN in a header.
 * @param {unknown} doc
 * @returns {string[]}
 */
export function appTokenSchemes(doc) {
  const schemes = isObject(doc) && isObject(doc.components) ? doc.components.securitySchemes : undefined;
  if (!isObject(schemes)) return [];
  return Object.entries(schemes)
    .filter(
      ([, s]) =>
        isObject(s) &&
        s.type === 'apiKey' &&
        s.in === 'header' &&
        String(s.name).toLowerCase() === 'x-app-token',
    )
    .map(([name]) => name);
}

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    if (!isObject(doc) || appTokenSchemes(doc).length > 0) return [];
    const components = isObject(doc.components) ? doc.components : undefined;
    const path =
      components && isObject(components.securitySchemes)
        ? ['components', 'securitySchemes']
        : components
          ? ['components']
          : [];
    return [
      {
        message:
          'declare the app token: components.securitySchemes.appToken { type: apiKey, in: header, name: X-APP-TOKEN } (SG-07)',
        path,
      },
    ];
  },
);
