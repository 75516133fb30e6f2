/**
 * Currency-safe money (issue 13), against the real MySQL and Redis: an order has one currency,
 * stored and returned; items in different currencies are refused naming them; totals are exact in
 * the currency's minor units (whole rupiah, SGD cents); v1 product answers never show a non-IDR
 * amount as if it were rupiah; product amounts finer than their currency are refused.
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const api = '/api/android/v1';
const apiV2 = '/api/android/v2';
let server: TestServer;
let admin: string;
const users: number[] = [];
const products: number[] = [];

interface Shopper {
  id: number;
  token: string;
  pickup: number;
  dropoff: number;
}

const idOf = (response: Response): number => Number(response.headers.get('location')?.split('/').pop());

async function product(name: string, price: string, currency: string): Promise<number> {
  const [result] = await server.pool.execute<ResultSetHeader>(
    'INSERT INTO product (name, price, currency, image_url) VALUES (?, ?, ?, ?)',
    [name, price, currency, 'https://images.example.com/currency.jpg'],
  );
  products.push(result.insertId);
  return result.insertId;
}

async function shopper(): Promise<Shopper> {
  const account = await createAccount(server, 'user');
  users.push(account.id);
  const token = (await signIn(server, account)).access_token;
  const address = async (label: string) => {
    const response = await server.request(`${api}/user/${account.id}/address`, {
      method: 'POST',
      bearer: token,
      json: { label, street: `Jl. ${label} No. 2`, city_id: 11, lat: -6.2, lng: 106.8 },
    });
    await jsonOf(response, 201);
    return idOf(response);
  };
  return { id: account.id, token, pickup: await address('Toko'), dropoff: await address('Rumah') };
}

function order(who: Shopper, items: { product_id: number; quantity: number }[]): Promise<Response> {
  return server.request(`${api}/order`, {
    method: 'POST',
    bearer: who.token,
    json: { items, pickup_address_id: who.pickup, dropoff_address_id: who.dropoff },
  });
}

async function ordersOf(userId: number): Promise<RowDataPacket[]> {
  const [rows] = await server.pool.query<RowDataPacket[]>(
    'SELECT id, currency, CAST(total AS CHAR) AS total FROM `order` WHERE user_id = ? ORDER BY id',
    [userId],
  );
  return rows;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = (await signIn(server, await createAccount(server, 'admin'))).access_token;
});
afterAll(async () => {
  if (users.length > 0) await server.pool.query('DELETE FROM `order` WHERE user_id IN (?)', [users]);
  if (products.length > 0) await server.pool.query('DELETE FROM product WHERE id IN (?)', [products]);
  await server.close();
});

describe('when every item of an order is priced in SGD', () => {
  it('then the order is in SGD, stored and returned, its total exact in cents', async () => {
    const who = await shopper();
    const kaya = await product('Kaya Toast', '4.35', 'SGD');
    const kopi = await product('Kopi C', '1.90', 'SGD');
    const response = await order(who, [
      { product_id: kaya, quantity: 3 },
      { product_id: kopi, quantity: 2 },
    ]);
    await jsonOf(response, 201);
    const read = await jsonOf(
      await server.request(`${api}/order/${idOf(response)}`, { bearer: who.token }),
      200,
    );
    expect(read.data).toMatchObject({
      total: 16.85,
      currency: 'SGD',
      items: [
        { product_id: kaya, unit_price: 4.35, quantity: 3, line_total: 13.05 },
        { product_id: kopi, unit_price: 1.9, quantity: 2, line_total: 3.8 },
      ],
    });
    const list = await jsonOf(await server.request(`${api}/order`, { bearer: who.token }), 200);
    expect(list.data).toEqual([
      expect.objectContaining({ id: idOf(response), total: 16.85, currency: 'SGD' }),
    ]);
    expect(await ordersOf(who.id)).toEqual([{ id: idOf(response), currency: 'SGD', total: '16.85' }]);
  });
});

describe('when an order mixes currencies', () => {
  it('then 422 names every item not in the first item’s currency, and nothing is stored', async () => {
    const who = await shopper();
    const martabak = await product('Martabak Telur', '30000.00', 'IDR');
    const kaya = await product('Kaya Toast', '4.35', 'SGD');
    const nasi = await product('Nasi Lemak', '8.50', 'MYR');
    const body = await jsonOf(
      await order(who, [
        { product_id: martabak, quantity: 1 },
        { product_id: kaya, quantity: 1 },
        { product_id: nasi, quantity: 2 },
      ]),
      422,
    );
    expect(body).toEqual({
      message: 'the request has 2 invalid fields: items.1.product_id, items.2.product_id',
      errors: [
        {
          field: 'items.1.product_id',
          message: [
            `product ${kaya} (Kaya Toast) is priced in SGD, product ${martabak} on line 0 in IDR: an order is paid in one currency`,
          ],
        },
        {
          field: 'items.2.product_id',
          message: [
            `product ${nasi} (Nasi Lemak) is priced in MYR, product ${martabak} on line 0 in IDR: an order is paid in one currency`,
          ],
        },
      ],
    });
    expect(await ordersOf(who.id)).toEqual([]);
  });

  it('then one stray item gets a message that says what to do', async () => {
    const who = await shopper();
    const kaya = await product('Kaya Toast', '4.35', 'SGD');
    const martabak = await product('Martabak Telur', '30000.00', 'IDR');
    const body = await jsonOf(
      await order(who, [
        { product_id: kaya, quantity: 1 },
        { product_id: martabak, quantity: 1 },
      ]),
      422,
    );
    expect(body.message).toBe(
      `product ${martabak} (Martabak Telur) is priced in IDR, product ${kaya} on line 0 in SGD: an order is paid in one currency: remove it from the order`,
    );
  });
});

describe('when rupiah prices are summed', () => {
  it('then the total is whole rupiah, and a price in sen (ISO lists 2 digits, nobody pays them) is refused', async () => {
    const who = await shopper();
    const teh = await product('Es Teh', '5000.00', 'IDR');
    const placed = await order(who, [{ product_id: teh, quantity: 3 }]);
    await jsonOf(placed, 201);
    expect(await ordersOf(who.id)).toEqual([{ id: idOf(placed), currency: 'IDR', total: '15000.00' }]);

    const odd = await product('Gorengan', '1500.50', 'IDR');
    const body = await jsonOf(await order(who, [{ product_id: odd, quantity: 1 }]), 422);
    expect(body.errors).toEqual([
      {
        field: 'items.0.product_id',
        message: [`product ${odd} (Gorengan) has a price of 1500.50 IDR, finer than IDR is paid in`],
      },
    ]);
    expect(await ordersOf(who.id)).toHaveLength(1);
  });
});

describe('when a product is priced in SGD', () => {
  async function sgdProduct(): Promise<number> {
    const response = await server.request(`${apiV2}/product`, {
      method: 'POST',
      bearer: admin,
      json: {
        name: 'Chicken Rice',
        price: { amount: 5.5, currency: 'SGD' },
        image_url: 'https://images.example.com/chicken-rice.jpg',
        variants: [{ name: 'Large', amount: 7.25 }],
      },
    });
    await jsonOf(response, 201);
    products.push(idOf(response));
    return idOf(response);
  }
  const v1Count = async (): Promise<number> => {
    const [rows] = await server.pool.query<RowDataPacket[]>(
      "SELECT total FROM row_count WHERE name = 'product_idr'",
    );
    return Number(rows[0]?.total);
  };

  it('then v2 shows it, and v1 neither lists nor counts it: its bare numbers are rupiah', async () => {
    const rupiah = await product('Bakso', '15000.00', 'IDR');
    const sgd = await sgdProduct();
    const v2 = await jsonOf(await server.request(`${apiV2}/product/${sgd}`), 200);
    expect(v2.data).toMatchObject({ price: { amount: 5.5, currency: 'SGD' } });

    const listed: number[] = [];
    let next = `${api}/product?per_page=100`;
    let totalData = 0;
    while (next !== '') {
      const page = await jsonOf(await server.request(next), 200);
      listed.push(...(page.data as { id: number }[]).map((item) => item.id));
      const meta = page.meta as { total_data: number; links: { next: string } };
      totalData = meta.total_data;
      next = meta.links.next;
    }
    expect(listed).toContain(rupiah);
    expect(listed).not.toContain(sgd);
    const [live] = await server.pool.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS n FROM product WHERE deleted_at IS NULL AND currency = 'IDR'",
    );
    expect(totalData).toBe(Number(live[0]?.n));
    expect(listed).toHaveLength(totalData);
  });

  it('then every v1 operation on it answers 404, as for an unknown product, and changes nothing', async () => {
    const sgd = await sgdProduct();
    expect((await jsonOf(await server.request(`${api}/product/${sgd}`), 404)).message).toBe(
      `product ${sgd} not found`,
    );
    const v1Product = { name: 'Nasi Ayam', price: 55000, image_url: 'https://images.example.com/n.jpg' };
    await jsonOf(
      await server.request(`${api}/product/${sgd}`, { method: 'PUT', bearer: admin, json: v1Product }),
      404,
    );
    await jsonOf(
      await server.request(`${api}/product/${sgd}`, {
        method: 'PATCH',
        bearer: admin,
        json: { price: 55000 },
      }),
      404,
    );
    await jsonOf(await server.request(`${api}/product/${sgd}`, { method: 'DELETE', bearer: admin }), 404);
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT name, CAST(price AS CHAR) AS price, currency, deleted_at FROM product WHERE id = ?',
      [sgd],
    );
    expect(rows).toEqual([{ name: 'Chicken Rice', price: '5.50', currency: 'SGD', deleted_at: null }]);
  });

  it('then moving a product between IDR and SGD moves it out of v1 and back, count included', async () => {
    const id = await product('Roti Bakar', '12000.00', 'IDR');
    const before = await v1Count();
    await jsonOf(await server.request(`${api}/product/${id}`), 200);
    const toSgd = { price: { amount: 3.2, currency: 'SGD' } };
    await jsonOf(
      await server.request(`${apiV2}/product/${id}`, { method: 'PATCH', bearer: admin, json: toSgd }),
      200,
    );
    expect(await v1Count()).toBe(before - 1);
    await jsonOf(await server.request(`${api}/product/${id}`), 404);
    const toIdr = { price: { amount: 12000, currency: 'IDR' } };
    await jsonOf(
      await server.request(`${apiV2}/product/${id}`, { method: 'PATCH', bearer: admin, json: toIdr }),
      200,
    );
    expect(await v1Count()).toBe(before);
    expect((await jsonOf(await server.request(`${api}/product/${id}`), 200)).data).toMatchObject({
      price: 12000,
    });
  });
});

describe('when a product amount is finer than its currency', () => {
  const image_url = 'https://images.example.com/fine.jpg';
  const countNamed = async (name: string): Promise<number> => {
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM product WHERE name = ?',
      [name],
    );
    return Number(rows[0]?.n);
  };

  it('then v1 refuses a price in sen with 422 on `price`', async () => {
    const body = await jsonOf(
      await server.request(`${api}/product`, {
        method: 'POST',
        bearer: admin,
        json: { name: 'Sen v1', price: 18000.5, image_url },
      }),
      422,
    );
    expect(body.errors).toEqual([
      { field: 'price', message: ['18000.5 is not a whole amount of IDR, which is priced without decimals'] },
    ]);
    expect(await countNamed('Sen v1')).toBe(0);
  });

  it('then v2 names the price and every variant in sen, and takes cents in SGD', async () => {
    const body = await jsonOf(
      await server.request(`${apiV2}/product`, {
        method: 'POST',
        bearer: admin,
        json: {
          name: 'Sen v2',
          price: { amount: 18000.5, currency: 'IDR' },
          image_url,
          variants: [
            { name: 'Kecil', amount: 15000 },
            { name: 'Besar', amount: 21000.25 },
          ],
        },
      }),
      422,
    );
    expect(body.errors).toEqual([
      {
        field: 'price.amount',
        message: ['18000.5 is not a whole amount of IDR, which is priced without decimals'],
      },
      {
        field: 'variants.1.amount',
        message: ['21000.25 is not a whole amount of IDR, which is priced without decimals'],
      },
    ]);
    expect(await countNamed('Sen v2')).toBe(0);

    const sgd = await server.request(`${apiV2}/product`, {
      method: 'POST',
      bearer: admin,
      json: { name: 'Cents v2', price: { amount: 18.05, currency: 'SGD' }, image_url },
    });
    await jsonOf(sgd, 201);
    products.push(idOf(sgd));
  });

  it('then a v2 PATCH is checked in the product’s stored currency, and a new currency against the variants it keeps', async () => {
    const id = await product('Sate Ayam', '25000.00', 'IDR');
    const body = await jsonOf(
      await server.request(`${apiV2}/product/${id}`, {
        method: 'PATCH',
        bearer: admin,
        json: { variants: [{ name: '10 tusuk', amount: 25000.75 }] },
      }),
      422,
    );
    expect(body.errors).toEqual([
      {
        field: 'variants.0.amount',
        message: ['25000.75 is not a whole amount of IDR, which is priced without decimals'],
      },
    ]);

    const sgd = await server.request(`${apiV2}/product`, {
      method: 'POST',
      bearer: admin,
      json: {
        name: 'Laksa',
        price: { amount: 7, currency: 'SGD' },
        image_url: 'https://images.example.com/laksa.jpg',
        variants: [{ name: 'Besar', amount: 8.5 }],
      },
    });
    await jsonOf(sgd, 201);
    products.push(idOf(sgd));
    const toIdr = await jsonOf(
      await server.request(`${apiV2}/product/${idOf(sgd)}`, {
        method: 'PATCH',
        bearer: admin,
        json: { price: { amount: 70000, currency: 'IDR' } },
      }),
      422,
    );
    expect(toIdr.errors).toEqual([
      {
        field: 'price.currency',
        message: ['8.5 is not a whole amount of IDR, which is priced without decimals'],
      },
    ]);
    expect((await jsonOf(await server.request(`${apiV2}/product/${idOf(sgd)}`), 200)).data).toMatchObject({
      price: { amount: 7, currency: 'SGD' },
    });
    const missing = await server.request(`${apiV2}/product/999999999`, {
      method: 'PATCH',
      bearer: admin,
      json: { variants: [{ name: 'x', amount: 1 }] },
    });
    await jsonOf(missing, 404);
  });
});
