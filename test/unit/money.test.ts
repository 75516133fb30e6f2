/** Minor units per currency (ISO 4217 with the rupiah override) and exact conversions. */
import { describe, expect, it } from 'vitest';
import { fitsMinorUnits, fromMinorUnits, minorDigits, toMinorUnits } from '../../src/money.ts';

describe('minorDigits', () => {
  it('takes ISO 4217 for SGD and MYR (2) and JPY (0), and overrides IDR to 0', () => {
    expect([minorDigits('SGD'), minorDigits('MYR'), minorDigits('JPY'), minorDigits('IDR')]).toEqual([
      2, 2, 0, 0,
    ]);
  });
  it('refuses a code ISO 4217 does not list', () => {
    expect(() => minorDigits('XYZ')).toThrow('not an ISO 4217 currency: XYZ');
  });
});

describe('toMinorUnits and fromMinorUnits', () => {
  it.each([
    ['18000.50', 'SGD', 1800050n, '18000.50'],
    ['0.10', 'SGD', 10n, '0.10'],
    ['7', 'MYR', 700n, '7.00'],
    ['18000.00', 'IDR', 18000n, '18000'],
    ['9999999999.99', 'SGD', 999999999999n, '9999999999.99'],
  ])('%s %s is %s minor units and back %s', (amount, currency, minor, back) => {
    expect(toMinorUnits(amount, currency)).toBe(minor);
    expect(fromMinorUnits(minor, currency)).toBe(back);
  });
  it('answers undefined for an amount finer than the currency, or not a decimal', () => {
    expect(toMinorUnits('18000.50', 'IDR')).toBeUndefined();
    expect(toMinorUnits('1.005', 'SGD')).toBeUndefined();
    expect(toMinorUnits('-1', 'SGD')).toBeUndefined();
  });
  it('pads small amounts: 5 cents is 0.05', () => {
    expect(fromMinorUnits(5n, 'SGD')).toBe('0.05');
  });
});

describe('fitsMinorUnits', () => {
  it('takes whole rupiah and SGD cents, not rupiah sen', () => {
    expect(fitsMinorUnits(18000, 'IDR')).toBe(true);
    expect(fitsMinorUnits(18000.5, 'IDR')).toBe(false);
    expect(fitsMinorUnits(4.35, 'SGD')).toBe(true);
  });
});
