// Rule sg02-platform-prefix: every path starts with its platform prefix, /api/{platform}/ or a literal
// /api/android/, /api/ios/, /api/web/ (SG-02 Per platform).
import { PLATFORMS, pathKeys, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    /** @type {Finding[]} */
    const findings = [];
    for (const pathKey of pathKeys(doc)) {
      const parts = pathKey.split('/').filter((s) => s !== '');
      const platform = parts[1];
      if (
        parts[0] === 'api' &&
        platform !== undefined &&
        (platform === '{platform}' || PLATFORMS.includes(platform))
      ) {
        continue;
      }
      findings.push({
        message: `path '${pathKey}' must start with the platform prefix /api/{platform}/ (platform one of ${PLATFORMS.join(', ')}) (SG-02)`,
        path: ['paths', pathKey],
      });
    }
    return findings;
  },
);
