/**
 * Pricing and checks of a new order, on what the repository read inside the order's
 * transaction: the caller's addresses and the products as they are now. Money is exact:
 * DECIMAL strings become integer cents (BigInt) and back, never binary floats.
 */
import type { FieldError } from '../../../src/errors.ts';

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
  itemCount: number;
  pickup: AddressSnapshot;
  dropoff: AddressSnapshot;
}

export type Pricing = { ok: true; order: PricedOrder } | { ok: false; errors: FieldError[] };

/** "18000.50" -> 1800050n. */
export function toCents(decimal: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(decimal);
  if (!match?.[1]) throw new Error(`not a non-negative DECIMAL with at most 2 decimals: ${decimal}`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 5400150n -> "54001.50". */
export function fromCents(cents: bigint): string {
  const digits = cents.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

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
    const lineTotal = toCents(product.price) * BigInt(item.quantity);
    total += lineTotal;
    itemCount += item.quantity;
    lines.push({
      productId: product.id,
      name: product.name,
      unitPrice: product.price,
      quantity: item.quantity,
      lineTotal: fromCents(lineTotal),
    });
  });

  if (errors.length > 0 || !pickup || !dropoff) return { ok: false, errors };
  return { ok: true, order: { lines, total: fromCents(total), itemCount, pickup, dropoff } };
}
