/**
 * Thin handlers of the product endpoints, v1 and v2 side by side (SG-01): the same rows,
 * each version through its own transformers (SG-12). v1 knows no currency or variants.
 */
import type { components } from '../../../generated/core.ts';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { problems } from '../../../src/errors.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import type { ProductFields, ProductRepository } from './repository.ts';
import {
  toProductListData,
  toProductReadResponse,
  toProductV2ListData,
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
    if (!(await products.update(id, defined(fields)))) throw problems.notFound('product', id);
    return { status: 200 as const, body: { message: `product ${id} updated` } };
  }

  async function remove(id: number) {
    if (!(await products.softDelete(id))) throw problems.notFound('product', id);
    return { status: 200 as const, body: { message: `product ${id} deleted` } };
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
    async listProduct({ query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await products.listPage(offset, limit);
      return { status: 200, page: { records: toProductListData(records), total } };
    },

    createProduct: ({ body, path }) =>
      create(
        { name: body.name, price: body.price, currency: 'IDR', imageUrl: body.image_url, variants: [] },
        `/api/${path.platform}/v1/product`,
      ),

    async readProduct({ path }) {
      const record = await products.findById(path.id);
      if (!record) throw problems.notFound('product', path.id);
      return { status: 200, body: toProductReadResponse(record) };
    },

    // PUT and PATCH differ only in what their request schemas require.
    replaceProduct: ({ path, body }) => updateFields(path.id, fromV1(body)),
    updateProduct: ({ path, body }) => updateFields(path.id, fromV1(body)),
    deleteProduct: ({ path }) => remove(path.id),

    async listProductV2({ query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await products.listPage(offset, limit, { variants: true });
      return { status: 200, page: { records: toProductV2ListData(records), total } };
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
      if (!record) throw problems.notFound('product', path.id);
      return { status: 200, body: toProductV2ReadResponse(record) };
    },

    replaceProductV2: ({ path, body }) => updateFields(path.id, fromV2(body)),
    updateProductV2: ({ path, body }) => updateFields(path.id, fromV2(body)),
    deleteProductV2: ({ path }) => remove(path.id),
  };
}
