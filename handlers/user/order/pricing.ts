/**
 * Pricing and checks of a new order, on what the repository read inside the order's
 * transaction: the caller's addresses and the products as they are now. An order is paid in
 * one currency; money is exact, in that currency's minor units (src/money.ts), never floats.
 */
import type { FieldError } from '../../../src/errors.ts';
import { fromMinorUnits, toMinorUnits } from '../../../src/money.ts';

export interface OrderLineRequest {
  product_id: number;
  quantity: number;
}

export interface OrderRequest {
  items: readonly OrderLineRequest[];
  pickup_address_id: number;
  dropoff_address_id: number;
}

/** A saved address as the order keeps it. */
export interface AddressSnapshot {
  id: number;
  label: string;
  street: string;
  cityId: number;
  lat: number;
  lng: number;
}

export interface ProductSnapshot {
  id: number;
  name: string;
  /** DECIMAL(12,2) as mysql2 returns it: "18000.50". */
  price: string;
  /** ISO 4217 code of the price. */
  currency: string;
  deleted: boolean;
}

export interface PricedLine {
  productId: number;
  name: string;
  unitPrice: string;
  quantity: number;
  lineTotal: string;
}

export interface PricedOrder {
  lines: PricedLine[];
  total: string;
  /** ISO 4217: the currency of every line. */
  currency: string;
  itemCount: number;
  pickup: AddressSnapshot;
  dropoff: AddressSnapshot;
}

export type Pricing = { ok: true; order: PricedOrder } | { ok: false; errors: FieldError[] };

export function priceOrder(
  request: OrderRequest,
  addresses: readonly AddressSnapshot[],
  products: readonly ProductSnapshot[],
): Pricing {
  const errors: FieldError[] = [];
  const addressOf = (field: 'pickup_address_id' | 'dropoff_address_id') => {
    const id = request[field];
    const address = addresses.find((candidate) => candidate.id === id);
    if (!address) errors.push({ field, message: [`address ${id} is not one of your saved addresses`] });
    return address;
  };
  const pickup = addressOf('pickup_address_id');
  const dropoff = addressOf('dropoff_address_id');

  const lines: PricedLine[] = [];
  let total = 0n;
  let itemCount = 0;
  const firstLine = new Map<number, number>();
  // The currency of the first line that prices; every other line must be in it.
  let currency: { code: string; line: number; product: ProductSnapshot } | undefined;
  request.items.forEach((item, index) => {
    const field = `items.${index}.product_id`;
    const earlier = firstLine.get(item.product_id);
    if (earlier !== undefined) {
      errors.push({
        field,
        message: [`product ${item.product_id} is already on line ${earlier}: send one line per product`],
      });
      return;
    }
    firstLine.set(item.product_id, index);
    const product = products.find((candidate) => candidate.id === item.product_id);
    if (!product) {
      errors.push({ field, message: [`product ${item.product_id} does not exist`] });
      return;
    }
    if (product.deleted) {
      errors.push({ field, message: [`product ${product.id} (${product.name}) is no longer sold`] });
      return;
    }
    const unitPrice = toMinorUnits(product.price, product.currency);
    if (unitPrice === undefined) {
      errors.push({
        field,
        message: [
          `product ${product.id} (${product.name}) has a price of ${product.price} ${product.currency}, finer than ${product.currency} is paid in`,
        ],
      });
      return;
    }
    currency ??= { code: product.currency, line: index, product };
    if (product.currency !== currency.code) {
      errors.push({
        field,
        message: [
          `product ${product.id} (${product.name}) is priced in ${product.currency}, product ${currency.product.id} on line ${currency.line} in ${currency.code}: an order is paid in one currency`,
        ],
      });
      return;
    }
    const lineTotal = unitPrice * BigInt(item.quantity);
    total += lineTotal;
    itemCount += item.quantity;
    lines.push({
      productId: product.id,
      name: product.name,
      unitPrice: fromMinorUnits(unitPrice, product.currency),
      quantity: item.quantity,
      lineTotal: fromMinorUnits(lineTotal, product.currency),
    });
  });

  if (errors.length > 0 || !pickup || !dropoff || !currency) return { ok: false, errors };
  const order = { lines, total: fromMinorUnits(total, currency.code), currency: currency.code, itemCount };
  return { ok: true, order: { ...order, pickup, dropoff } };
}
