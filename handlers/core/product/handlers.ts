/**
 * Thin handlers of the product endpoints, v1 and v2 side by side (SG-01): the same rows,
 * each version through its own transformers (SG-12). v1 knows no currency or variants.
 */
import type { components } from '../../../generated/core.ts';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { pageMeta, pageWindow } from '../../../src/runtime/paging.ts';
import type { ProductFields, ProductRepository } from './repository.ts';
import {
  toProductListResponse,
  toProductReadResponse,
  toProductV2ListResponse,
  toProductV2ReadResponse,
} from './transformers.ts';

type ProductHandlers = Pick<
  CoreHandlers,
  | 'listProduct'
  | 'createProduct'
  | 'readProduct'
  | 'replaceProduct'
  | 'updateProduct'
  | 'deleteProduct'
  | 'listProductV2'
  | 'createProductV2'
  | 'readProductV2'
  | 'replaceProductV2'
  | 'updateProductV2'
  | 'deleteProductV2'
>;

type Schemas = components['schemas'];
type V1Fields = Partial<Schemas['ProductReplaceRequest']>;
type V2Fields = Partial<Schemas['ProductV2ReplaceRequest']>;

const notFound = (id: number) => ({ status: 404 as const, body: { message: `product ${id} not found` } });

/** v1 request fields: a price is an amount in the product's currency; variants untouched. */
function fromV1({ name, price, image_url }: V1Fields): Partial<ProductFields> {
  return { name, price, imageUrl: image_url };
}

function fromV2({ name, price, image_url, variants }: V2Fields): Partial<ProductFields> {
  return { name, price: price?.amount, currency: price?.currency, imageUrl: image_url, variants };
}

/** Only the keys a request set, so a PATCH leaves the others alone. */
function defined(fields: Partial<ProductFields>): Partial<ProductFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export function createProductHandlers(products: ProductRepository): ProductHandlers {
  async function updateFields(id: number, fields: Partial<ProductFields>) {
    const found = await products.update(id, defined(fields));
    return found ? { status: 200 as const, body: { message: `product ${id} updated` } } : notFound(id);
  }

  async function remove(id: number) {
    const found = await products.softDelete(id);
    return found ? { status: 200 as const, body: { message: `product ${id} deleted` } } : notFound(id);
  }

  async function create(fields: ProductFields, location: string) {
    const id = await products.create(fields);
    return {
      status: 201 as const,
      body: { message: `product ${id} created` },
      headers: { Location: `${location}/${id}` },
    };
  }

  return {
    async listProduct({ query, request }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await products.listPage(offset, limit);
      if (records.length === 0) return { status: 204 };
      return {
        status: 200,
        body: toProductListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    createProduct: ({ body, path }) =>
      create(
        { name: body.name, price: body.price, currency: 'IDR', imageUrl: body.image_url, variants: [] },
        `/api/${path.platform}/v1/product`,
      ),

    async readProduct({ path }) {
      const record = await products.findById(path.id);
      return record ? { status: 200, body: toProductReadResponse(record) } : notFound(path.id);
    },

    // PUT and PATCH differ only in what their request schemas require.
    replaceProduct: ({ path, body }) => updateFields(path.id, fromV1(body)),
    updateProduct: ({ path, body }) => updateFields(path.id, fromV1(body)),
    deleteProduct: ({ path }) => remove(path.id),

    async listProductV2({ query, request }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await products.listPage(offset, limit, { variants: true });
      if (records.length === 0) return { status: 204 };
      return {
        status: 200,
        body: toProductV2ListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    createProductV2: ({ body, path }) =>
      create(
        {
          name: body.name,
          price: body.price.amount,
          currency: body.price.currency,
          imageUrl: body.image_url,
          variants: body.variants ?? [],
        },
        `/api/${path.platform}/v2/product`,
      ),

    async readProductV2({ path }) {
      const record = await products.findById(path.id);
      return record ? { status: 200, body: toProductV2ReadResponse(record) } : notFound(path.id);
    },

    replaceProductV2: ({ path, body }) => updateFields(path.id, fromV2(body)),
    updateProductV2: ({ path, body }) => updateFields(path.id, fromV2(body)),
    deleteProductV2: ({ path }) => remove(path.id),
  };
}
