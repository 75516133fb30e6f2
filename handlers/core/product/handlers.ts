/**
 * Thin handlers of the product endpoints, v1 and v2 side by side (SG-01): the same rows,
 * each version through its own transformers (SG-12). v1 knows no currency or variants, so it
 * sees only rupiah products (docs/money.md): any other answers 404 there, as if unknown.
 */
import type { components } from '../../../generated/core.ts';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { problems } from '../../../src/errors.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import { assertPayable } from './amounts.ts';
import type { CurrencyScope, ProductFields, ProductRepository } from './repository.ts';
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

/** The one currency v1 shows: its bare `price` numbers have always been rupiah. */
const V1_CURRENCY = 'IDR';
const v1Scope = { currency: V1_CURRENCY } as const;

/** A v1 price is rupiah (v1 reaches IDR products only), so it is whole. */
const assertV1Payable = (price: number | undefined) =>
  assertPayable(V1_CURRENCY, [{ field: 'price', amount: price }]);

/** v2 amounts, the price's and its variants', in `currency`: the one the request sets, else the product's. */
function assertV2Payable({ price, variants }: V2Fields, currency: string): void {
  assertPayable(currency, [
    { field: 'price.amount', amount: price?.amount },
    ...(variants ?? []).map((variant, index) => ({
      field: `variants.${index}.amount`,
      amount: variant.amount,
    })),
  ]);
}

/** v1 request fields: a price is an amount in rupiah; variants untouched. */
function fromV1({ name, price, image_url }: V1Fields): Partial<ProductFields> {
  assertV1Payable(price);
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
  async function updateFields(id: number, fields: Partial<ProductFields>, scope?: CurrencyScope) {
    if (!(await products.update(id, defined(fields), scope))) throw problems.notFound('product', id);
    return { status: 200 as const, body: { message: `product ${id} updated` } };
  }

  async function remove(id: number, scope?: CurrencyScope) {
    if (!(await products.softDelete(id, scope))) throw problems.notFound('product', id);
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

  /**
   * A v2 PATCH's amounts, in the currency it sets or else the product's; a new currency must
   * also fit the variants the PATCH keeps (SGD 7.25 cannot become IDR 7.25). 404 when no product.
   */
  async function assertPatchPayable(id: number, body: V2Fields): Promise<void> {
    if (body.price && body.variants) return assertV2Payable(body, body.price.currency);
    const record = await products.findById(id);
    if (!record) throw problems.notFound('product', id);
    const currency = body.price?.currency ?? record.currency;
    assertV2Payable(body, currency);
    if (!body.variants && currency !== record.currency) {
      const kept = record.variants.map((variant) => ({
        field: 'price.currency',
        amount: Number(variant.price),
      }));
      assertPayable(currency, kept);
    }
  }

  return {
    async listProduct({ query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await products.listPage(offset, limit, { variants: false, ...v1Scope });
      return { status: 200, page: { records: toProductListData(records), total } };
    },

    async createProduct({ body, path }) {
      assertV1Payable(body.price);
      const fields = { name: body.name, price: body.price, imageUrl: body.image_url };
      return create({ ...fields, currency: V1_CURRENCY, variants: [] }, `/api/${path.platform}/v1/product`);
    },

    async readProduct({ path }) {
      const record = await products.findById(path.id);
      if (!record || record.currency !== V1_CURRENCY) throw problems.notFound('product', path.id);
      return { status: 200, body: toProductReadResponse(record) };
    },

    // PUT and PATCH differ only in what their request schemas require.
    replaceProduct: ({ path, body }) => updateFields(path.id, fromV1(body), v1Scope),
    updateProduct: ({ path, body }) => updateFields(path.id, fromV1(body), v1Scope),
    deleteProduct: ({ path }) => remove(path.id, v1Scope),

    async listProductV2({ query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await products.listPage(offset, limit, { variants: true });
      return { status: 200, page: { records: toProductV2ListData(records), total } };
    },

    async createProductV2({ body, path }) {
      assertV2Payable(body, body.price.currency);
      return create(
        {
          name: body.name,
          price: body.price.amount,
          currency: body.price.currency,
          imageUrl: body.image_url,
          variants: body.variants ?? [],
        },
        `/api/${path.platform}/v2/product`,
      );
    },

    async readProductV2({ path }) {
      const record = await products.findById(path.id);
      if (!record) throw problems.notFound('product', path.id);
      return { status: 200, body: toProductV2ReadResponse(record) };
    },

    async replaceProductV2({ path, body }) {
      assertV2Payable(body, body.price.currency);
      return updateFields(path.id, fromV2(body));
    },
    async updateProductV2({ path, body }) {
      await assertPatchPayable(path.id, body);
      return updateFields(path.id, fromV2(body));
    },
    deleteProductV2: ({ path }) => remove(path.id),
  };
}
