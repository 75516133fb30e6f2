/** Value formats shared by the transformers (SG-13): honest numbers and RFC 3339 timestamps. */

/** A DECIMAL column (a string from mysql2) as a JSON number. */
export function decimalToNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`not a decimal: ${value}`);
  return number;
}

const twoDigits = (value: number): string => (value < 10 ? `0${value}` : String(value));

/**
 * A UTC instant as RFC 3339 with its offset, to the second: `2018-03-09T04:28:50Z`. Built from
 * the UTC getters: `toISOString()` costs 1.3 µs in Node 24 here, 4x these (two per product).
 */
export function toTimestamp(value: Date): string {
  const year = value.getUTCFullYear();
  // Years of other than four digits (and an invalid date, which throws) as toISOString has them.
  if (!(year >= 1000 && year <= 9999)) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${year}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}` +
    `T${twoDigits(value.getUTCHours())}:${twoDigits(value.getUTCMinutes())}:${twoDigits(value.getUTCSeconds())}Z`
  );
}
