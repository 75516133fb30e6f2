/** One transformer per product endpoint (SG-12): records in, the endpoint's response type out. */
import type { components } from '../../../generated/core.ts';
import { decimalToNumber, toTimestamp } from '../../../src/runtime/format.ts';
import type { ProductRecord } from './repository.ts';

type Schemas = components['schemas'];

/**
 * v1's `Product` component, which its list and read responses share in the spec (so they
 * share it here); v1 has no currency and no variants.
 */
function productV1(record: ProductRecord): Schemas['Product'] {
  return {
    id: record.id,
    name: record.name,
    price: decimalToNumber(record.price),
    image_url: record.imageUrl,
    created_at: toTimestamp(record.createdAt),
    updated_at: toTimestamp(record.updatedAt),
  };
}

/** GET /product */
export function toProductListData(records: readonly ProductRecord[]): Schemas['ProductListResponse']['data'] {
  return records.map(productV1);
}

/** GET /product/{id} */
export function toProductReadResponse(record: ProductRecord): Schemas['ProductReadResponse'] {
  return {
    data: productV1(record),
    message: 'get data product success',
  };
}

type ProductV2 = Schemas['ProductV2'];
type Currency = Schemas['Money']['currency'];

/** v2's `ProductV2` component, shared by its list and read responses as in the spec. */
function productV2(record: ProductRecord): ProductV2 {
  const currency = record.currency as Currency;
  return {
    id: record.id,
    name: record.name,
    price: { amount: decimalToNumber(record.price), currency },
    image_url: record.imageUrl,
    variants: record.variants.map((variant) => ({
      id: variant.id,
      name: variant.name,
      price: { amount: decimalToNumber(variant.price), currency },
    })),
    created_at: toTimestamp(record.createdAt),
    updated_at: toTimestamp(record.updatedAt),
  };
}

/** GET /v2/product */
export function toProductV2ListData(
  records: readonly ProductRecord[],
): Schemas['ProductV2ListResponse']['data'] {
  return records.map(productV2);
}

/** GET /v2/product/{id} */
export function toProductV2ReadResponse(record: ProductRecord): Schemas['ProductV2ReadResponse'] {
  return { data: productV2(record), message: 'get data product success' };
}
