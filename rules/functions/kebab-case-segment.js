// Rule sg03-kebab-case: every literal path segment is lower-case kebab-case, /api/ios/v1/sample-api-url
// (SG-03 kebab-case). Path parameters are checked as snake_case names by sg16-snake-case-parameter.
import { isParamSegment, pathKeys, segmentsOf, toKebabCase, waivable } from '../lib/openapi.js';

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
      for (const { text, role } of segmentsOf(pathKey)) {
        if (role === 'param' || role === 'version' || isParamSegment(text)) continue;
        if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)) continue;
        findings.push({
          message: `path segment '${text}' must be lower-case kebab-case: '${toKebabCase(text)}' (SG-03)`,
          path: ['paths', pathKey],
        });
      }
    }
    return findings;
  },
);
