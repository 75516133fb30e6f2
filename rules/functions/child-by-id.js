// Rule sg05-child-by-id: a child collection is reached through its parent's id, /country/{id}/city; a path
// never starts with an id, never has two ids in a row, and never names two resources before an id (SG-05).
import { pathKeys, resourceSegmentsOf, waivable } from '../lib/openapi.js';

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
      const segs = resourceSegmentsOf(pathKey);
      /** @param {string} message */
      const report = (message) =>
        findings.push({ message: `path '${pathKey}': ${message} (SG-05)`, path: ['paths', pathKey] });
      if (segs[0]?.role === 'param') {
        report(`'${segs[0].text}' must follow the resource it identifies, as in /country/{id}`);
        continue;
      }
      for (let i = 1; i < segs.length; i += 1) {
        const prev = segs[i - 1];
        const cur = segs[i];
        const next = segs[i + 1];
        if (!prev || !cur) continue;
        if (prev.role === 'param' && cur.role === 'param') {
          report(
            `'${cur.text}' follows '${prev.text}' with no resource name between them; name the child: /country/{id}/city/{city_id}`,
          );
        } else if (prev.role === 'literal' && cur.role === 'literal' && next?.role === 'param') {
          report(
            `'${cur.text}' is a child of '${prev.text}' reached without the parent's id; use /${prev.text}/{id}/${cur.text}`,
          );
        }
      }
    }
    return findings;
  },
);
