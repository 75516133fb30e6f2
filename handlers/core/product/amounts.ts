/** Product amounts must be payable: no finer than their currency's minor units (src/money.ts). */
import { problems } from '../../../src/errors.ts';
import { fitsMinorUnits, minorDigits } from '../../../src/money.ts';

export interface PricedField {
  /** The request field, as a 422 names it: `price`, `price.amount`, `variants.0.amount`. */
  field: string;
  amount: number | undefined;
}

/** Throws one 422 naming every amount finer than `currency` allows (18000.5 IDR). */
export function assertPayable(currency: string, fields: readonly PricedField[]): void {
  const digits = minorDigits(currency);
  const tooFine = fields.flatMap(({ field, amount }) =>
    amount === undefined || fitsMinorUnits(amount, currency) ? [] : [{ field, amount, currency, digits }],
  );
  if (tooFine.length > 0) throw problems.amountsTooFine(tooFine);
}
