/**
 * Core's contract data: three products of its own (read, replace/update, delete), so that the
 * DELETE never removes what another transaction reads, plus reference data from migrations
 * (country 1 Indonesia, city 12 Bandung). Every row it creates is removed afterwards
 * (by id, so a concurrent test run's products are left alone).
 */
import type { coreOperations } from '../../../generated/core.operations.ts';
import type { TestServer } from '../../support/server.ts';
import type { Prepared, ServicePlan } from './plan.ts';

type CoreOperationId = (typeof coreOperations)[number]['operationId'];

async function createProduct(server: TestServer, name: string): Promise<number> {
  const response = await server.request('/api/android/v1/product', {
    method: 'POST',
    json: { name, price: 15000, image_url: 'https://images.example.com/product/contract.jpg' },
  });
  const location = response.headers.get('location') ?? '';
  const id = Number(/\/product\/(\d+)$/.exec(location)?.[1]);
  if (response.status !== 201 || !Number.isInteger(id)) {
    throw new Error(
      `core plan: creating product '${name}' answered ${response.status} ${await response.text()}`,
    );
  }
  return id;
}

/** Products are soft-deleted by the API; the test's own rows go for good, cache entries too. */
async function removeProducts(server: TestServer, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await server.pool.query('DELETE FROM product WHERE id IN (?)', [ids]);
  await server.redis.del(...ids.map((id) => `product:${id}`));
}

export const corePlan: ServicePlan = {
  async prepare(server): Promise<Prepared> {
    const read = await createProduct(server, 'Contract test: read');
    const write = await createProduct(server, 'Contract test: replace and update');
    const doomed = await createProduct(server, 'Contract test: delete');
    const pathParams: Partial<Record<CoreOperationId, Record<string, number>>> = {
      readProduct: { id: read },
      replaceProduct: { id: write },
      updateProduct: { id: write },
      deleteProduct: { id: doomed },
      listCountryCity: { id: 1 },
      readCity: { id: 12 },
    };
    return {
      pathParams,
      async cleanup(created) {
        const made = created.map((location) => Number(/\/product\/(\d+)$/.exec(location)?.[1]));
        await removeProducts(server, [read, write, doomed, ...made.filter(Number.isInteger)]);
      },
    };
  },
};
