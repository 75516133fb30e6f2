/** Value formats shared by the transformers (SG-13): honest numbers and RFC 3339 timestamps. */

/** A DECIMAL column (a string from mysql2) as a JSON number. */
export function decimalToNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`not a decimal: ${value}`);
  return number;
}

/** A UTC instant as RFC 3339 with its offset, to the second: `2018-03-09T04:28:50Z`. */
export function toTimestamp(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
