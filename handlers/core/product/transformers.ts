/** One transformer per product endpoint (SG-12): records in, the endpoint's response type out. */
import type { components } from '../../../generated/core.ts';
import { decimalToNumber, toTimestamp } from '../../../src/runtime/format.ts';
import type { PageMeta } from '../../../src/runtime/paging.ts';
import type { ProductRecord } from './repository.ts';

type Schemas = components['schemas'];

/** GET /product */
export function toProductListResponse(
  records: readonly ProductRecord[],
  meta: PageMeta,
): Schemas['ProductListResponse'] {
  return {
    data: records.map((record) => ({
      id: record.id,
      name: record.name,
      price: decimalToNumber(record.price),
      image_url: record.imageUrl,
      created_at: toTimestamp(record.createdAt),
      updated_at: toTimestamp(record.updatedAt),
    })),
    meta,
  };
}

/** GET /product/{id} */
export function toProductReadResponse(record: ProductRecord): Schemas['ProductReadResponse'] {
  return {
    data: {
      id: record.id,
      name: record.name,
      price: decimalToNumber(record.price),
      image_url: record.imageUrl,
      created_at: toTimestamp(record.createdAt),
      updated_at: toTimestamp(record.updatedAt),
    },
    message: 'get data product success',
  };
}

type ProductV2 = Schemas['ProductV2'];
type Currency = Schemas['Money']['currency'];

/** v2's product, shared by its list and read transformers below (the shape is v2's own). */
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
export function toProductV2ListResponse(
  records: readonly ProductRecord[],
  meta: PageMeta,
): Schemas['ProductV2ListResponse'] {
  return { data: records.map(productV2), meta };
}

/** GET /v2/product/{id} */
export function toProductV2ReadResponse(record: ProductRecord): Schemas['ProductV2ReadResponse'] {
  return { data: productV2(record), message: 'get data product success' };
}
