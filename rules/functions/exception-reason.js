// Rule style-guide-exception: an x-style-guide-exception names known rules and gives a reason; a waiver without
// a reason waives nothing and is itself a finding (applies to every clause SG-01..SG-26).
import { EXCEPTION_KEY, isObject, MIN_REASON_LENGTH } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

/**
 * Called on each x-style-guide-exception value (root, path item or operation).
 * @param {unknown} waiver
 * @param {{ rules: string[] }} opts
 * @param {{ path: (string|number)[] }} context
 * @returns {Finding[]}
 */
export default function exceptionReason(waiver, opts, context) {
  const path = [...context.path];
  const known = new Set(opts.rules);
  if (!isObject(waiver)) {
    return [{ message: `${EXCEPTION_KEY} must be { rules: [rule names], reason: "why" }`, path }];
  }
  /** @type {Finding[]} */
  const findings = [];
  const minReason = MIN_REASON_LENGTH;
  if (typeof waiver.reason !== 'string' || waiver.reason.trim().length < minReason) {
    findings.push({
      message: `${EXCEPTION_KEY} must give a reason (at least ${minReason} characters) for waiving ${JSON.stringify(waiver.rules ?? [])}; an exception without a reason waives nothing`,
      path: waiver.reason === undefined ? path : [...path, 'reason'],
    });
  }
  if (!Array.isArray(waiver.rules) || waiver.rules.length === 0) {
    findings.push({ message: `${EXCEPTION_KEY} must list the rules it waives in 'rules'`, path });
  } else {
    waiver.rules.forEach((rule, i) => {
      if (!known.has(rule)) {
        findings.push({
          message: `${EXCEPTION_KEY} names the unknown rule '${String(rule)}'; use a rule name such as sg09-json-request-body`,
          path: [...path, 'rules', i],
        });
      }
    });
  }
  return findings;
}
