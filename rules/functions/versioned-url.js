// Rule sg01-versioned-url: every path carries its major version right after the platform,
// /api/{platform}/v1/... (SG-01 Versioned).
import { pathKeys, waivable } from '../lib/openapi.js';

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
      const version = parts[2];
      if (parts[0] === 'api' && version !== undefined && /^v[1-9]\d*$/.test(version)) continue;
      const found = parts.find((s) => /^v\d/i.test(s));
      const message =
        found !== undefined && !/^v[1-9]\d*$/.test(found)
          ? `path '${pathKey}': version segment '${found}' must be a major version like 'v1' (SG-01)`
          : `path '${pathKey}' must carry its version right after the platform: /api/{platform}/v1/... (SG-01)`;
      findings.push({ message, path: ['paths', pathKey] });
    }
    return findings;
  },
);
