// Rules sg02-unknown-platform-declared, sg18-get-status, sg19..sg21 status, sg22..sg24 "declared" and
// sg26-method-not-allowed-declared: an operation declares the status codes its clause names and none that the
// clause rules out (SG-02, SG-18..SG-24, SG-26).
import { intentOf, isObject, operationsOf, parametersOf, responsesOf, waivable } from '../lib/openapi.js';

/**
 * @typedef {import('../lib/openapi.js').Finding} Finding
 * @typedef {{
 *   clause: string, why: string, intents?: string[], when?: 'always' | 'requestBody' | 'idParam' | 'platformParam',
 *   require?: string[], requireForList?: string[], forbid?: string[], noContent?: string[]
 * }} Options
 */

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
      const intent = intentOf(op.method, op.operation, op.pathKey);
      if (opts.intents && !opts.intents.includes(intent)) continue;
      if (opts.when === 'requestBody' && !isObject(op.operation.requestBody)) continue;
      if (
        opts.when === 'platformParam' &&
        !parametersOf(op).some(({ param }) => param.in === 'path' && param.name === 'platform')
      ) {
        continue;
      }
      if (
        opts.when === 'idParam' &&
        !parametersOf(op).some(({ param }) => param.in === 'path' && param.name !== 'platform')
      ) {
        continue;
      }
      const responses = responsesOf(op.operation);
      const declared = new Set(responses.map(([status]) => status));
      const where = `${op.method.toUpperCase()} ${op.pathKey}`;
      const required = [...(opts.require ?? []), ...(intent === 'list' ? (opts.requireForList ?? []) : [])];
      for (const status of required) {
        if (!declared.has(status)) {
          findings.push({
            message: `${where} must declare a ${status} response: ${opts.why} (${opts.clause})`,
            path: isObject(op.operation.responses) ? [...op.path, 'responses'] : op.path,
          });
        }
      }
      for (const status of opts.forbid ?? []) {
        if (declared.has(status)) {
          findings.push({
            message: `${where} must not answer ${status}: ${opts.why} (${opts.clause})`,
            path: [...op.path, 'responses', status],
          });
        }
      }
      for (const [status, response] of responses) {
        if ((opts.noContent ?? []).includes(status) && response.content !== undefined) {
          findings.push({
            message: `${where} ${status} must have no content: ${status} means no data (${opts.clause})`,
            path: [...op.path, 'responses', status, 'content'],
          });
        }
      }
    }
    return findings;
  },
);
