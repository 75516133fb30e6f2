/**
 * v1 and v2 of the product side by side (SG-01): the same rows, each version through its
 * own transformers; v1 operations announce their successor with Deprecation, Sunset and Link.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = (await signIn(server, await createAccount(server, 'admin'))).access_token;
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await resetProducts(server);
});

const kopi = {
  name: 'Es Kopi Susu',
  price: { amount: 22000, currency: 'IDR' },
  image_url: 'https://images.example.com/kopi.jpg',
  variants: [
    { name: 'Regular', amount: 22000 },
    { name: 'Large', amount: 27000 },
  ],
};

async function createV2(product: object = kopi): Promise<number> {
  const response = await server.request('/api/android/v2/product', {
    method: 'POST',
    json: product,
    bearer: admin,
  });
  await jsonOf(response, 201);
  expect(response.headers.get('location')).toMatch(/^\/api\/android\/v2\/product\/\d+$/);
  return Number(response.headers.get('location')?.split('/').pop());
}

describe('when a product is created through v2', () => {
  it('then v2 reads its currency and variants, and v1 reads the same row in its own shape', async () => {
    const id = await createV2();
    const v2 = await jsonOf(await server.request(`/api/android/v2/product/${id}`), 200);
    expect(v2.data).toMatchObject({
      id,
      price: { amount: 22000, currency: 'IDR' },
      variants: [
        { id: expect.any(Number) as unknown, name: 'Regular', price: { amount: 22000, currency: 'IDR' } },
        { id: expect.any(Number) as unknown, name: 'Large', price: { amount: 27000, currency: 'IDR' } },
      ],
    });
    const v1Response = await server.request(`/api/android/v1/product/${id}`);
    const v1 = await jsonOf(v1Response, 200);
    expect(v1.data).toEqual({
      id,
      name: kopi.name,
      price: 22000,
      image_url: kopi.image_url,
      created_at: (v2.data as { created_at: string }).created_at,
      updated_at: (v2.data as { updated_at: string }).updated_at,
    });
    expect(v1Response.headers.get('deprecation')).not.toBeNull();
  });

  it('then a PATCH of the variants replaces them all, and a v1 PATCH keeps them', async () => {
    const id = await createV2();
    await jsonOf(
      await server.request(`/api/android/v2/product/${id}`, {
        method: 'PATCH',
        json: { variants: [{ name: 'Small', amount: 18000 }] },
        bearer: admin,
      }),
      200,
    );
    await jsonOf(
      await server.request(`/api/android/v1/product/${id}`, {
        method: 'PATCH',
        json: { name: 'Kopi Susu' },
        bearer: admin,
      }),
      200,
    );
    const v2 = await jsonOf(await server.request(`/api/android/v2/product/${id}`), 200);
    expect(v2.data).toMatchObject({
      name: 'Kopi Susu',
      price: { currency: 'IDR' },
      variants: [{ name: 'Small', price: { amount: 18000, currency: 'IDR' } }],
    });
  });

  it('then lists page the same rows in both versions', async () => {
    const ids = [await createV2(), await createV2({ ...kopi, name: 'Teh', variants: [] })];
    const v1 = await jsonOf(await server.request('/api/android/v1/product'), 200);
    const v2 = await jsonOf(await server.request('/api/android/v2/product'), 200);
    expect((v1.data as { id: number }[]).map((product) => product.id)).toEqual([...ids].reverse());
    expect((v2.data as { id: number }[]).map((product) => product.id)).toEqual([...ids].reverse());
    expect((v2.data as { variants: unknown[] }[]).map((product) => product.variants.length)).toEqual([0, 2]);
    expect(v1.meta).toEqual({ ...(v2.meta as object), links: { next: '', prev: '' } });
  });

  it('then bad v2 input answers 422 naming the nested field, and nothing is stored', async () => {
    const bad = { ...kopi, price: { amount: 1, currency: 'EUR' }, variants: [{ name: 'x', amount: -1 }] };
    const body = await jsonOf(
      await server.request('/api/android/v2/product', { method: 'POST', json: bad, bearer: admin }),
      422,
    );
    expect(body.errors).toEqual([
      { field: 'price.currency', message: ['must be one of: IDR, SGD, MYR'] },
      { field: 'variants.0.amount', message: ['must be >= 0'] },
    ]);
    const [rows] = await server.pool.query('SELECT COUNT(*) AS n FROM product');
    expect(rows).toEqual([{ n: 0 }]);
  });
});

describe('when a v1 operation with a v2 successor answers', () => {
  it('then it carries Deprecation, Sunset and a Link to the successor with the same id (RFC 9745, RFC 8594)', async () => {
    const id = await createV2();
    const response = await server.request(`/api/ios/v1/product/${id}`, {
      headers: { 'x-app-token': (await import('../support/env.ts')).appTokens.ios },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('deprecation')).toBe(`@${Date.UTC(2026, 10, 21) / 1000}`);
    expect(response.headers.get('sunset')).toBe('Wed, 30 Jun 2027 00:00:00 GMT');
    expect(response.headers.get('link')).toBe(
      `</api/{platform}/v2/product/${id}>; rel="successor-version"`.replace('{platform}', 'ios'),
    );
  });

  it('then errors of the deprecated operation carry them too, and v2 answers carry none', async () => {
    const missing = await server.request('/api/android/v1/product/999999');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('link')).toBe('</api/android/v2/product/999999>; rel="successor-version"');
    const v2 = await server.request('/api/android/v2/product/999999');
    expect(v2.headers.get('deprecation')).toBeNull();
    const list = await server.request('/api/android/v1/product');
    expect(list.status).toBe(204);
    expect(list.headers.get('link')).toBe('</api/android/v2/product>; rel="successor-version"');
  });
});
