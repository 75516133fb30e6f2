/**
 * Money in a currency's minor units (ISO 4217), exact: a DECIMAL string becomes an integer of
 * minor units (BigInt) and back, never a binary float. How many minor units a currency has comes
 * from the ISO 4217 table (`currency-codes`), with the overrides below where practice differs.
 */
import { code as iso4217 } from 'currency-codes';

/** The currencies the catalogue sells in (`Money.currency` in spec/core.yaml). */
export const currencies = ['IDR', 'SGD', 'MYR'] as const;
export type Currency = (typeof currencies)[number];

/**
 * Where prices are set in fewer decimals than ISO 4217 lists. ISO gives the rupiah 2 minor
 * digits (sen), but sen coins left circulation decades ago and nobody prices in them: an IDR
 * amount is whole rupiah. The DECIMAL(12,2) columns keep ".00" for every IDR amount.
 */
const practice: Readonly<Partial<Record<Currency, number>>> = { IDR: 0 };

/** Decimals (minor-unit digits) of a currency: the override where practice differs, else ISO 4217. */
export function minorDigits(currency: string): number {
  const override = practice[currency as Currency];
  if (override !== undefined) return override;
  const digits = iso4217(currency)?.digits;
  if (digits === undefined) throw new Error(`not an ISO 4217 currency: ${currency}`);
  return digits;
}

/**
 * "18000.50" SGD -> 1800050n; "18000.00" IDR -> 18000n. `undefined` when the amount has more
 * decimals than the currency has minor units (an IDR amount with sen), or is not a
 * non-negative decimal.
 */
export function toMinorUnits(amount: string, currency: string): bigint | undefined {
  const digits = minorDigits(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match?.[1]) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return undefined;
  return BigInt(match[1]) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
}

/** 5400150n SGD -> "54001.50"; 54001n IDR -> "54001": a DECIMAL literal for MySQL. */
export function fromMinorUnits(minor: bigint, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** True when a JSON amount fits the currency's minor units (18000.5 IDR does not). */
export function fitsMinorUnits(amount: number, currency: string): boolean {
  // Amounts arrive within the spec's maximum (9,999,999,999.99) and multipleOf 0.01, so
  // toFixed(2) is their exact decimal text.
  return toMinorUnits(amount.toFixed(2), currency) !== undefined;
}
