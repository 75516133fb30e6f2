// Rule sg04-singular-resource: resource segments are singular, /api/android/v1/city, never /cities
// (SG-04 Singular). The last word of a kebab-case segment is checked with pluralize; uncountables pass.
import pluralize from 'pluralize';
import { pathKeys, segmentsOf, waivable } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Finding} Finding */

// Words that pluralize reads as plurals but that are singular or uncountable in an API path.
const UNCOUNTABLE = new Set([
  'data',
  'metadata',
  'sms',
  'mms',
  'gps',
  'ios',
  'news',
  'analytics',
  'canvas',
  'lens',
]);

/**
 * The singular of a word when the word is plural, else undefined.
 * @param {string} word
 * @param {Set<string>} uncountable
 */
function singularOf(word, uncountable) {
  if (uncountable.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const singular = pluralize.singular(word);
  return singular !== word && pluralize.isPlural(word) ? singular : undefined;
}

export default waivable(
  /**
   * @param {unknown} doc
   * @param {{ uncountable?: string[] } | null} opts
   * @returns {Finding[]}
   */
  (doc, opts) => {
    /** @type {Finding[]} */
    const findings = [];
    const uncountable = new Set([...UNCOUNTABLE, ...(opts?.uncountable ?? [])]);
    for (const pathKey of pathKeys(doc)) {
      for (const { text, role } of segmentsOf(pathKey)) {
        if (role !== 'literal') continue;
        const words = text.toLowerCase().split('-');
        const last = words[words.length - 1] ?? '';
        const singular = singularOf(last, uncountable);
        if (singular === undefined) continue;
        const fixed = [...words.slice(0, -1), singular].join('-');
        findings.push({
          message: `path segment '${text}' must be singular: '${fixed}' (SG-04)`,
          path: ['paths', pathKey],
        });
      }
    }
    return findings;
  },
);
