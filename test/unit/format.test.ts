import { describe, expect, it } from 'vitest';
import { decimalToNumber, toTimestamp } from '../../src/runtime/format.ts';

describe('toTimestamp (SG-13: RFC 3339 to the second)', () => {
  it('drops the milliseconds and keeps the Z offset', () => {
    expect(toTimestamp(new Date('2018-03-09T04:28:50.987Z'))).toBe('2018-03-09T04:28:50Z');
    expect(toTimestamp(new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 0)))).toBe('1999-12-31T23:59:59Z');
  });

  it('does not round up: 59.999 s stays in its second', () => {
    expect(toTimestamp(new Date('2026-12-01T23:59:59.999Z'))).toBe('2026-12-01T23:59:59Z');
  });

  it('pads every field, and agrees with toISOString to the second over four-digit years', () => {
    expect(toTimestamp(new Date('2007-01-02T03:04:05.006Z'))).toBe('2007-01-02T03:04:05Z');
    for (let instant = Date.UTC(1000, 0, 1); instant < Date.UTC(9999, 11, 31); instant += 9_876_543_210_987) {
      const date = new Date(instant);
      expect(toTimestamp(date)).toBe(`${date.toISOString().slice(0, 19)}Z`);
    }
  });

  it('keeps years of other than four digits as toISOString writes them, and refuses an invalid date', () => {
    expect(toTimestamp(new Date('+010000-01-01T00:00:00.500Z'))).toBe('+010000-01-01T00:00:00Z');
    expect(toTimestamp(new Date(Date.UTC(999, 0, 1, 2, 3, 4)))).toBe('0999-01-01T02:03:04Z');
    expect(() => toTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('decimalToNumber', () => {
  it('reads a DECIMAL string as a number and refuses what is not one', () => {
    expect(decimalToNumber('440000.00')).toBe(440000);
    expect(() => decimalToNumber('abc')).toThrow(/not a decimal/);
  });
});
