// Rule sg10-discovery: the API has a discovery URL, a GET on a path ending in /discovery that tells a client what
// is served (SG-10 Discovery). A service spec whose discovery lives in another spec waives it at the root.
import { isObject, operationsOf, resourceSegmentsOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

export default waivable(
  /**
   * @param {unknown} doc
   * @returns {Finding[]}
   */
  (doc) => {
    if (!isObject(doc)) return [];
    const found = operationsOf(doc).some((op) => {
      const segs = resourceSegmentsOf(op.pathKey);
      return op.method === 'get' && segs[segs.length - 1]?.text === 'discovery';
    });
    if (found) return [];
    return [
      {
        message:
          'the API has no discovery URL: add GET /api/{platform}/v1/discovery, or waive sg10-discovery at the root naming the spec that serves it (SG-10)',
        path: isObject(doc.paths) ? ['paths'] : [],
      },
    ];
  },
);
