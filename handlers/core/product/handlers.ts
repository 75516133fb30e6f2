/** Thin handlers of the product endpoints: map the request, call the repository, transform. */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { pageMeta, pageWindow } from '../../../src/runtime/paging.ts';
import type { ProductInput, ProductRepository } from './repository.ts';
import { toProductListResponse, toProductReadResponse } from './transformers.ts';

type ProductHandlers = Pick<
  CoreHandlers,
  'listProduct' | 'createProduct' | 'readProduct' | 'replaceProduct' | 'updateProduct' | 'deleteProduct'
>;

const notFound = (id: number) => ({ status: 404 as const, body: { message: `product ${id} not found` } });

export function createProductHandlers(products: ProductRepository): ProductHandlers {
  async function updateFields(id: number, fields: Partial<ProductInput>) {
    const found = await products.update(id, fields);
    return found ? { status: 200 as const, body: { message: `product ${id} updated` } } : notFound(id);
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

    async createProduct({ body, path }) {
      const id = await products.create(body);
      return {
        status: 201,
        body: { message: `product ${id} created` },
        headers: { Location: `/api/${path.platform}/v1/product/${id}` },
      };
    },

    async readProduct({ path }) {
      const record = await products.findById(path.id);
      return record ? { status: 200, body: toProductReadResponse(record) } : notFound(path.id);
    },

    // PUT and PATCH differ only in what their request schemas require.
    replaceProduct: ({ path, body }) => updateFields(path.id, body),
    updateProduct: ({ path, body }) => updateFields(path.id, body),

    async deleteProduct({ path }) {
      const found = await products.softDelete(path.id);
      return found ? { status: 200, body: { message: `product ${path.id} deleted` } } : notFound(path.id);
    },
  };
}
