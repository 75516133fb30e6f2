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
