/** Product endpoints against the real MySQL and Redis: create, read, list, update, delete. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';

let server: TestServer;
let admin: string;
const base = '/api/android/v1/product';
const kopi = {
  name: 'Kopi Susu Gula Aren',
  price: 18000,
  image_url: 'https://images.example.com/kopi.jpg',
};

async function create(product: object = kopi): Promise<number> {
  const response = await server.request(base, { method: 'POST', bearer: admin, json: product });
  const body = await jsonOf(response, 201);
  const location = response.headers.get('location') ?? '';
  expect(location).toMatch(/^\/api\/android\/v1\/product\/\d+$/);
  expect(body.message).toBe(`product ${location.split('/').pop()} created`);
  return Number(location.split('/').pop());
}

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

describe('when a product is created', () => {
  it('then it reads back with honest types and RFC 3339 timestamps (SG-13, SG-18)', async () => {
    const id = await create();
    const body = await jsonOf(await server.request(`${base}/${id}`), 200);
    expect(body).toEqual({
      data: {
        id,
        name: kopi.name,
        price: 18000,
        image_url: kopi.image_url,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as unknown,
        updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as unknown,
      },
      message: 'get data product success',
    });
    const created = Date.parse((body.data as { created_at: string }).created_at);
    expect(Math.abs(created - Date.now())).toBeLessThan(60_000);
  });

  it('then the stored price is the DECIMAL sent, whole rupiah up to the largest the column holds', async () => {
    const id = await create({ ...kopi, price: 9999999999 });
    const [rows] = await server.pool.query('SELECT CAST(price AS CHAR) AS price FROM product WHERE id = ?', [
      id,
    ]);
    expect(rows).toEqual([{ price: '9999999999.00' }]);
  });
});

describe('when a product is answered from the cache', () => {
  it('then its timestamps are those of the database, cached as epoch milliseconds or as the ISO strings of before', async () => {
    const id = await create();
    const fromDatabase = await jsonOf(await server.request(`${base}/${id}`), 200);
    const cachedText = await server.redis.get(`product:${id}`);
    const cached = JSON.parse(cachedText ?? '{}') as { createdAt: unknown; updatedAt: unknown };
    expect(typeof cached.createdAt).toBe('number');
    expect(await jsonOf(await server.request(`${base}/${id}`), 200)).toEqual(fromDatabase);
    // An entry written by the previous release, with ISO strings, still reads the same.
    const legacy = {
      ...cached,
      createdAt: new Date(cached.createdAt as number).toISOString(),
      updatedAt: new Date(cached.updatedAt as number).toISOString(),
    };
    await server.redis.set(`product:${id}`, JSON.stringify(legacy));
    expect(await jsonOf(await server.request(`${base}/${id}`), 200)).toEqual(fromDatabase);
  });
});

describe('when a product is read twice', () => {
  it('then the second read comes from the Redis cache, and an update invalidates it', async () => {
    const id = await create();
    await jsonOf(await server.request(`${base}/${id}`), 200);
    expect(await server.redis.exists(`product:${id}`)).toBe(1);
    // Change the row behind the cache's back: a cached read must not see it.
    await server.pool.query('UPDATE product SET name = ? WHERE id = ?', ['changed in SQL', id]);
    const cached = await jsonOf(await server.request(`${base}/${id}`), 200);
    expect((cached.data as { name: string }).name).toBe(kopi.name);

    await jsonOf(
      await server.request(`${base}/${id}`, { method: 'PATCH', bearer: admin, json: { price: 20000 } }),
      200,
    );
    expect(await server.redis.exists(`product:${id}`)).toBe(0);
    const fresh = await jsonOf(await server.request(`${base}/${id}`), 200);
    expect(fresh.data).toMatchObject({ name: 'changed in SQL', price: 20000 });
  });
});

describe('when a product is updated', () => {
  it('then PATCH changes only the fields sent (SG-20)', async () => {
    const id = await create();
    const body = await jsonOf(
      await server.request(`${base}/${id}`, { method: 'PATCH', bearer: admin, json: { name: 'Es Teh' } }),
      200,
    );
    expect(body).toEqual({ message: `product ${id} updated` });
    const read = await jsonOf(await server.request(`${base}/${id}`), 200);
    expect(read.data).toMatchObject({ name: 'Es Teh', price: kopi.price, image_url: kopi.image_url });
  });

  it('then PUT replaces every field, and needs every field', async () => {
    const id = await create();
    const replacement = { name: 'Es Jeruk', price: 9000, image_url: 'https://images.example.com/jeruk.jpg' };
    await jsonOf(
      await server.request(`${base}/${id}`, { method: 'PUT', bearer: admin, json: replacement }),
      200,
    );
    expect((await jsonOf(await server.request(`${base}/${id}`), 200)).data).toMatchObject(replacement);

    const partial = await jsonOf(
      await server.request(`${base}/${id}`, { method: 'PUT', bearer: admin, json: { name: 'x' } }),
      422,
    );
    expect(partial.errors).toEqual([
      { field: 'price', message: ['is required'] },
      { field: 'image_url', message: ['is required'] },
    ]);
  });

  it('then an unknown id answers 404 and creates nothing', async () => {
    const body = await jsonOf(
      await server.request(`${base}/424242`, { method: 'PATCH', bearer: admin, json: { price: 1 } }),
      404,
    );
    expect(body).toEqual({ message: 'product 424242 not found' });
    const [rows] = await server.pool.query('SELECT COUNT(*) AS n FROM product');
    expect(rows).toEqual([{ n: 0 }]);
  });
});

describe('when a product is deleted', () => {
  it('then it is gone from reads and lists, and a second delete is 404 (SG-21, SG-24)', async () => {
    const keep = await create();
    const gone = await create({ ...kopi, name: 'Gone' });
    await jsonOf(await server.request(`${base}/${gone}`), 200); // warm the cache
    expect(
      await jsonOf(await server.request(`${base}/${gone}`, { method: 'DELETE', bearer: admin }), 200),
    ).toEqual({
      message: `product ${gone} deleted`,
    });
    await jsonOf(await server.request(`${base}/${gone}`), 404);
    await jsonOf(await server.request(`${base}/${gone}`, { method: 'DELETE', bearer: admin }), 404);
    const list = await jsonOf(await server.request(base), 200);
    expect((list.data as { id: number }[]).map((product) => product.id)).toEqual([keep]);
    expect((list.meta as { total_data: number }).total_data).toBe(1);
  });
});

describe('when a list page is cached', () => {
  it('then it is served from Redis until a product write, which drops every cached page', async () => {
    const first = await create();
    await jsonOf(await server.request(`${base}?per_page=5`), 200);
    expect(await server.redis.hexists('product:list', '0:5:plain:IDR')).toBe(1);
    // Changed behind the cache's back: the cached page does not see it.
    await server.pool.query('UPDATE product SET name = ? WHERE id = ?', ['renamed in SQL', first]);
    const cached = await jsonOf(await server.request(`${base}?per_page=5`), 200);
    expect((cached.data as { name: string }[])[0]?.name).toBe(kopi.name);

    const second = await create({ ...kopi, name: 'Es Jeruk' });
    expect(await server.redis.exists('product:list')).toBe(0);
    const fresh = await jsonOf(await server.request(`${base}?per_page=5`), 200);
    expect(
      (fresh.data as { id: number; name: string }[]).map((product) => [product.id, product.name]),
    ).toEqual([
      [second, 'Es Jeruk'],
      [first, 'renamed in SQL'],
    ]);
    expect((fresh.meta as { total_data: number }).total_data).toBe(2);
  });
});

describe('when products are listed', () => {
  it('then pages follow SG-17: meta, relative next/prev links, "" at the ends, 204 past the end', async () => {
    const values = Array.from(
      { length: 25 },
      (_, index) => `('product ${index + 1}', ${index + 1}, 'https://images.example.com/${index}.jpg')`,
    );
    await server.pool.query(`INSERT INTO product (name, price, image_url) VALUES ${values.join(', ')}`);

    const first = await jsonOf(await server.request(`${base}?per_page=10`), 200);
    expect(first.meta).toEqual({
      links: { next: `${base}?page=2&per_page=10`, prev: '' },
      total_data: 25,
      count: 10,
      per_page: 10,
      current_page: 1,
      total_page: 3,
    });
    expect((first.data as { name: string }[])[0]?.name).toBe('product 25');

    const seen: string[] = [];
    let next = `${base}?per_page=10`;
    while (next !== '') {
      const page = await jsonOf(await server.request(next), 200);
      seen.push(...(page.data as { name: string }[]).map((product) => product.name));
      next = (page.meta as { links: { next: string } }).links.next;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);

    const last = await jsonOf(await server.request(`${base}?page=3&per_page=10`), 200);
    expect(last.meta).toMatchObject({ count: 5, links: { next: '', prev: `${base}?page=2&per_page=10` } });

    const past = await server.request(`${base}?page=4&per_page=10`);
    expect(past.status).toBe(204);
    expect(await past.text()).toBe('');
  });

  it('then the defaults are page 1 and 20 per page', async () => {
    const values = Array.from(
      { length: 21 },
      (_, index) => `('p${index}', 1, 'https://images.example.com/p.jpg')`,
    );
    await server.pool.query(`INSERT INTO product (name, price, image_url) VALUES ${values.join(', ')}`);
    const body = await jsonOf(await server.request(base), 200);
    expect(body.meta).toMatchObject({ per_page: 20, current_page: 1, count: 20, total_page: 2 });
    expect((body.meta as { links: { next: string } }).links.next).toBe(`${base}?page=2&per_page=20`);
  });

  it('then the trigger-kept count stays exact through inserts, soft deletes and hard deletes', async () => {
    const ids = [await create(), await create(), await create()];
    await server.request(`${base}/${ids[0]}`, { method: 'DELETE', bearer: admin });
    await server.pool.query('DELETE FROM product WHERE id = ?', [ids[1]]);
    const [counted] = await server.pool.query("SELECT total FROM row_count WHERE name = 'product'");
    const [actual] = await server.pool.query('SELECT COUNT(*) AS n FROM product WHERE deleted_at IS NULL');
    expect(counted).toEqual([{ total: 1 }]);
    expect(actual).toEqual([{ n: 1 }]);
  });
});
