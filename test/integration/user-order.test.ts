/**
 * Orders from the user's side, against the real MySQL and Redis: totals computed exactly on
 * the server, bad input refused with the style guide's 4xx and nothing stored, cancelling,
 * and Idempotency-Key (retries, concurrent retries, a reused key).
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';

const api = '/api/android/v1';
let server: TestServer;
const users: number[] = [];
const products: number[] = [];

interface Shopper {
  account: TestAccount;
  token: string;
  pickup: number;
  dropoff: number;
}

const idOf = (response: Response): number => Number(response.headers.get('location')?.split('/').pop());

async function product(name: string, price: string, currency = 'IDR'): Promise<number> {
  const [result] = await server.pool.execute<ResultSetHeader>(
    'INSERT INTO product (name, price, currency, image_url) VALUES (?, ?, ?, ?)',
    [name, price, currency, 'https://images.example.com/test.jpg'],
  );
  products.push(result.insertId);
  return result.insertId;
}

async function saveAddress(token: string, userId: number, label: string): Promise<number> {
  const response = await server.request(`${api}/user/${userId}/address`, {
    method: 'POST',
    bearer: token,
    json: { label, street: `Jl. ${label} No. 1`, city_id: 11, lat: -6.2, lng: 106.8 },
  });
  await jsonOf(response, 201);
  return idOf(response);
}

async function shopper(): Promise<Shopper> {
  const account = await createAccount(server, 'user');
  users.push(account.id);
  const token = (await signIn(server, account)).access_token;
  return {
    account,
    token,
    pickup: await saveAddress(token, account.id, 'Kantor'),
    dropoff: await saveAddress(token, account.id, 'Rumah'),
  };
}

function order(who: Shopper, items: object[], headers: Record<string, string> = {}): Promise<Response> {
  return server.request(`${api}/order`, {
    method: 'POST',
    bearer: who.token,
    headers,
    json: { items, pickup_address_id: who.pickup, dropoff_address_id: who.dropoff },
  });
}

/** Everything the order tables hold for a user: what a refused request must leave as it was. */
async function stored(userId: number): Promise<unknown> {
  const [orders] = await server.pool.query<RowDataPacket[]>(
    'SELECT id, status, driver_id, CAST(total AS CHAR) AS total FROM `order` WHERE user_id = ? ORDER BY id',
    [userId],
  );
  const [items] = await server.pool.query<RowDataPacket[]>(
    `SELECT i.order_id, i.product_id, i.quantity, CAST(i.line_total AS CHAR) AS line_total
       FROM order_item i JOIN \`order\` o ON o.id = i.order_id WHERE o.user_id = ? ORDER BY i.order_id, i.position`,
    [userId],
  );
  return { orders, items };
}

let alice: Shopper;
let bob: Shopper;
let martabak: number;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([shopper(), shopper()]);
  martabak = await product('Martabak Manis Keju Cokelat', '18000.00');
});
afterAll(async () => {
  if (users.length > 0) await server.pool.query('DELETE FROM `order` WHERE user_id IN (?)', [users]);
  if (products.length > 0) await server.pool.query('DELETE FROM product WHERE id IN (?)', [products]);
  await server.close();
});

describe('when a user orders products', () => {
  it('then the total is computed from the DECIMAL prices exactly and returned as numbers (SG-13)', async () => {
    const response = await order(alice, [{ product_id: martabak, quantity: 3 }]);
    expect(await jsonOf(response, 201)).toEqual({ message: `order ${idOf(response)} created` });
    expect(response.headers.get('location')).toBe(`${api}/order/${idOf(response)}`);

    const read = await jsonOf(
      await server.request(`${api}/order/${idOf(response)}`, { bearer: alice.token }),
      200,
    );
    expect(read.data).toMatchObject({
      id: idOf(response),
      status: 'created',
      items: [
        {
          product_id: martabak,
          name: 'Martabak Manis Keju Cokelat',
          unit_price: 18000,
          quantity: 3,
          line_total: 54000,
        },
      ],
      total: 54000,
      currency: 'IDR',
      pickup: { address_id: alice.pickup, label: 'Kantor', city_id: 11, lat: -6.2, lng: 106.8 },
      dropoff: { address_id: alice.dropoff, label: 'Rumah' },
    });
    expect(read.data).not.toHaveProperty('driver_id');
    expect(read.data).not.toHaveProperty('accepted_at');
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT CAST(total AS CHAR) AS total FROM `order` WHERE id = ?',
      [idOf(response)],
    );
    expect(rows[0]?.total).toBe('54000.00');
  });

  it('then cents add up where binary floats would not (0.10 + 0.20, and 100 × 9,999,999,999.99 SGD)', async () => {
    const dime = await product('Permen', '0.10', 'SGD');
    const fifth = await product('Kerupuk', '0.20', 'SGD');
    const dear = await product('Berlian', '9999999999.99', 'SGD');
    const small = await order(alice, [
      { product_id: dime, quantity: 1 },
      { product_id: fifth, quantity: 1 },
    ]);
    await jsonOf(small, 201);
    const big = await order(alice, [{ product_id: dear, quantity: 100 }]);
    await jsonOf(big, 201);

    const smallRead = await jsonOf(
      await server.request(`${api}/order/${idOf(small)}`, { bearer: alice.token }),
      200,
    );
    expect((smallRead.data as { total: number }).total).toBe(0.3);
    const bigRead = await jsonOf(
      await server.request(`${api}/order/${idOf(big)}`, { bearer: alice.token }),
      200,
    );
    expect((bigRead.data as { total: number }).total).toBe(999999999999);
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT CAST(total AS CHAR) AS total FROM `order` WHERE id IN (?, ?) ORDER BY id',
      [idOf(small), idOf(big)],
    );
    expect(rows.map((row) => row.total as string)).toEqual(['0.30', '999999999999.00']);
  });

  it('then the order keeps the price it was placed at when the product is repriced', async () => {
    const tea = await product('Es Teh Manis', '5000.00');
    const response = await order(alice, [{ product_id: tea, quantity: 2 }]);
    await jsonOf(response, 201);
    await server.pool.query('UPDATE product SET price = 7500 WHERE id = ?', [tea]);
    const read = await jsonOf(
      await server.request(`${api}/order/${idOf(response)}`, { bearer: alice.token }),
      200,
    );
    expect(read.data).toMatchObject({ items: [{ unit_price: 5000, line_total: 10000 }], total: 10000 });
  });

  it('then my orders list newest first, paged, with their totals (SG-17)', async () => {
    const fresh = await shopper();
    const ids: number[] = [];
    for (const quantity of [1, 2, 3]) {
      const response = await order(fresh, [{ product_id: martabak, quantity }]);
      await jsonOf(response, 201);
      ids.push(idOf(response));
    }
    const page = await jsonOf(
      await server.request(`${api}/order?page=1&per_page=2`, { bearer: fresh.token }),
      200,
    );
    expect(page.data).toEqual([
      expect.objectContaining({
        id: ids[2],
        status: 'created',
        total: 54000,
        currency: 'IDR',
        item_count: 3,
      }),
      expect.objectContaining({ id: ids[1], total: 36000, item_count: 2 }),
    ]);
    expect(page.meta).toEqual({
      links: { next: `${api}/order?page=2&per_page=2`, prev: '' },
      total_data: 3,
      count: 2,
      per_page: 2,
      current_page: 1,
      total_page: 2,
    });
    const last = await jsonOf(
      await server.request(`${api}/order?page=2&per_page=2`, { bearer: fresh.token }),
      200,
    );
    expect((last.data as { id: number }[]).map((item) => item.id)).toEqual([ids[0]]);
    const past = await server.request(`${api}/order?page=3&per_page=2`, { bearer: fresh.token });
    expect(past.status).toBe(204);
    // Nobody else's orders appear.
    const none = await shopper();
    expect((await server.request(`${api}/order`, { bearer: none.token })).status).toBe(204);
  });
});

describe('when many orders are placed at once', () => {
  it("then each order's lines are its own, with the quantities it was sent", async () => {
    // The lines take their order's id from LAST_INSERT_ID() in the same round trip as the order.
    const [kopi, teh] = await Promise.all([
      product('Kopi Susu', '22000.00'),
      product('Teh Tarik', '15000.00'),
    ]);
    const sent = Array.from({ length: 30 }, (_, index) => ({
      who: index % 2 === 0 ? alice : bob,
      items: [
        { product_id: kopi, quantity: index + 1 },
        ...(index % 3 === 0 ? [{ product_id: teh, quantity: 31 - index }] : []),
      ],
    }));
    const responses = await Promise.all(sent.map(({ who, items }) => order(who, items)));
    expect(responses.map((response) => response.status)).toEqual(sent.map(() => 201));
    const ids = responses.map(idOf);
    expect(new Set(ids).size).toBe(30);
    const [lines] = await server.pool.query<RowDataPacket[]>(
      'SELECT order_id, product_id, quantity FROM order_item WHERE order_id IN (?) ORDER BY order_id, position',
      [ids],
    );
    const linesOf = (id: number) =>
      lines
        .filter((line) => line.order_id === id)
        .map((line) => ({ product_id: Number(line.product_id), quantity: Number(line.quantity) }));
    expect(ids.map(linesOf)).toEqual(sent.map(({ items }) => items));
  });
});

describe('when an order is refused, then it answers a clear 4xx and stores nothing', () => {
  it('when a product is no longer sold, then 422 names the item', async () => {
    const gone = await product('Kopi Susu Gula Aren', '18000.00');
    await server.pool.query('UPDATE product SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?', [gone]);
    const before = await stored(alice.account.id);
    const body = await jsonOf(
      await order(alice, [
        { product_id: martabak, quantity: 1 },
        { product_id: gone, quantity: 2 },
      ]),
      422,
    );
    expect(body).toEqual({
      message: `product ${gone} (Kopi Susu Gula Aren) is no longer sold: remove it from the order`,
      errors: [
        { field: 'items.1.product_id', message: [`product ${gone} (Kopi Susu Gula Aren) is no longer sold`] },
      ],
    });
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('when a product does not exist, then 422 names the item', async () => {
    const before = await stored(alice.account.id);
    const body = await jsonOf(await order(alice, [{ product_id: 4000000000, quantity: 1 }]), 422);
    expect(body.errors).toEqual([
      { field: 'items.0.product_id', message: ['product 4000000000 does not exist'] },
    ]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it.each([
    [0, 'must be >= 1'],
    [10_000, 'must be <= 100'],
    [1.5, 'must be integer'],
  ])('when the quantity is %s, then 422 says %s', async (quantity, message) => {
    const before = await stored(alice.account.id);
    const body = await jsonOf(await order(alice, [{ product_id: martabak, quantity }]), 422);
    expect(body.errors).toEqual([{ field: 'items.0.quantity', message: [message] }]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('when the same product is on two lines, then 422 asks for one line per product', async () => {
    const before = await stored(alice.account.id);
    const body = await jsonOf(
      await order(alice, [
        { product_id: martabak, quantity: 1 },
        { product_id: martabak, quantity: 1 },
      ]),
      422,
    );
    expect(body.errors).toEqual([
      {
        field: 'items.1.product_id',
        message: [`product ${martabak} is already on line 0: send one line per product`],
      },
    ]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it("when an address is someone else's or deleted, then 422 says it is not one of mine", async () => {
    const before = await stored(alice.account.id);
    const foreign = await jsonOf(
      await server.request(`${api}/order`, {
        method: 'POST',
        bearer: alice.token,
        json: {
          items: [{ product_id: martabak, quantity: 1 }],
          pickup_address_id: bob.pickup,
          dropoff_address_id: alice.dropoff,
        },
      }),
      422,
    );
    expect(foreign).toEqual({
      message: `address ${bob.pickup} is not one of your saved addresses: use one of your own addresses`,
      errors: [
        { field: 'pickup_address_id', message: [`address ${bob.pickup} is not one of your saved addresses`] },
      ],
    });

    const old = await saveAddress(alice.token, alice.account.id, 'Kos Lama');
    await jsonOf(
      await server.request(`${api}/address/${old}`, { method: 'DELETE', bearer: alice.token }),
      200,
    );
    const deleted = await jsonOf(
      await server.request(`${api}/order`, {
        method: 'POST',
        bearer: alice.token,
        json: {
          items: [{ product_id: martabak, quantity: 1 }],
          pickup_address_id: alice.pickup,
          dropoff_address_id: old,
        },
      }),
      422,
    );
    expect(deleted.errors).toEqual([
      { field: 'dropoff_address_id', message: [`address ${old} is not one of your saved addresses`] },
    ]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('when the client sends a total, then 422: totals are never taken from the client', async () => {
    const before = await stored(alice.account.id);
    const body = await jsonOf(
      await server.request(`${api}/order`, {
        method: 'POST',
        bearer: alice.token,
        json: {
          items: [{ product_id: martabak, quantity: 1 }],
          pickup_address_id: alice.pickup,
          dropoff_address_id: alice.dropoff,
          total: 1,
        },
      }),
      422,
    );
    expect(body.errors).toEqual([{ field: 'total', message: ['is not a known field'] }]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('when the order has no items or more than 20, then 422', async () => {
    const before = await stored(alice.account.id);
    expect((await jsonOf(await order(alice, []), 422)).errors).toEqual([
      { field: 'items', message: ['must NOT have fewer than 1 items'] },
    ]);
    const many = Array.from({ length: 21 }, (_, index) => ({ product_id: index + 1, quantity: 1 }));
    expect((await jsonOf(await order(alice, many), 422)).errors).toEqual([
      { field: 'items', message: ['must NOT have more than 20 items'] },
    ]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('when a driver token places an order, then 403 and nothing is stored', async () => {
    const driver = await signIn(server, await createAccount(server, 'driver'));
    const [before] = await server.pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM `order`');
    const body = await jsonOf(
      await server.request(`${api}/order`, {
        method: 'POST',
        bearer: driver.access_token,
        json: {
          items: [{ product_id: martabak, quantity: 1 }],
          pickup_address_id: alice.pickup,
          dropoff_address_id: alice.dropoff,
        },
      }),
      403,
    );
    expect(body).toEqual({ message: "this operation needs the 'user' scope" });
    const [after] = await server.pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM `order`');
    expect(after).toEqual(before);
  });
});

describe('when a user reads or cancels an order', () => {
  it("then an unknown order and someone else's both answer 404", async () => {
    const response = await order(bob, [{ product_id: martabak, quantity: 1 }]);
    await jsonOf(response, 201);
    for (const id of [idOf(response), 4000000000]) {
      expect(await jsonOf(await server.request(`${api}/order/${id}`, { bearer: alice.token }), 404)).toEqual({
        message: `order ${id} not found`,
      });
    }
    const before = await stored(bob.account.id);
    expect(
      await jsonOf(
        await server.request(`${api}/order/${idOf(response)}`, {
          method: 'PATCH',
          bearer: alice.token,
          json: { status: 'cancelled' },
        }),
        404,
      ),
    ).toEqual({ message: `order ${idOf(response)} not found` });
    expect(await stored(bob.account.id)).toEqual(before);
  });

  it('then a created order is cancelled once, and a second cancel answers 409 naming both states', async () => {
    const response = await order(alice, [{ product_id: martabak, quantity: 1 }]);
    await jsonOf(response, 201);
    const url = `${api}/order/${idOf(response)}`;
    expect(
      await jsonOf(
        await server.request(url, { method: 'PATCH', bearer: alice.token, json: { status: 'cancelled' } }),
        200,
      ),
    ).toEqual({ message: `order ${idOf(response)} cancelled` });
    const read = await jsonOf(await server.request(url, { bearer: alice.token }), 200);
    expect(read.data).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(String) as unknown });

    const before = await stored(alice.account.id);
    expect(
      await jsonOf(
        await server.request(url, { method: 'PATCH', bearer: alice.token, json: { status: 'cancelled' } }),
        409,
      ),
    ).toEqual({
      message: `order ${idOf(response)} cannot go from cancelled to cancelled: cancelled is final`,
    });
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('then a user cannot move an order to any other state (422)', async () => {
    const response = await order(alice, [{ product_id: martabak, quantity: 1 }]);
    const before = await stored(alice.account.id);
    for (const status of ['accepted', 'delivered', 'created']) {
      const body = await jsonOf(
        await server.request(`${api}/order/${idOf(response)}`, {
          method: 'PATCH',
          bearer: alice.token,
          json: { status },
        }),
        422,
      );
      expect(body.errors).toEqual([{ field: 'status', message: ['must be one of: cancelled'] }]);
    }
    expect(await stored(alice.account.id)).toEqual(before);
  });
});

describe('when an order is placed with an Idempotency-Key', () => {
  const newKey = (): string => `order-${crypto.randomUUID()}`;

  it('then a retry answers the first answer again and creates nothing', async () => {
    const key = newKey();
    const first = await order(alice, [{ product_id: martabak, quantity: 2 }], { 'Idempotency-Key': key });
    const firstBody = await jsonOf(first, 201);
    const after = await stored(alice.account.id);

    const retry = await order(alice, [{ product_id: martabak, quantity: 2 }], { 'Idempotency-Key': key });
    expect(retry.status).toBe(201);
    expect(await jsonOf(retry, 201)).toEqual(firstBody);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(await stored(alice.account.id)).toEqual(after);
  });

  it('then the same body with its keys in another order is the same request', async () => {
    const key = newKey();
    const first = await order(alice, [{ product_id: martabak, quantity: 1 }], { 'Idempotency-Key': key });
    await jsonOf(first, 201);
    const after = await stored(alice.account.id);
    const reordered = await server.request(`${api}/order`, {
      method: 'POST',
      bearer: alice.token,
      headers: { 'Idempotency-Key': key },
      json: {
        dropoff_address_id: alice.dropoff,
        pickup_address_id: alice.pickup,
        items: [{ quantity: 1, product_id: martabak }],
      },
    });
    await jsonOf(reordered, 201);
    expect(reordered.headers.get('location')).toBe(first.headers.get('location'));
    expect(await stored(alice.account.id)).toEqual(after);
  });

  it('then 20 concurrent retries with one key place one order and all answer it', async () => {
    const shopper20 = await shopper();
    const key = newKey();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        order(shopper20, [{ product_id: martabak, quantity: 3 }], { 'Idempotency-Key': key }),
      ),
    );
    const answers = await Promise.all(
      responses.map(async (response) => ({
        status: response.status,
        location: response.headers.get('location'),
        body: await response.text(),
      })),
    );
    const [first] = answers;
    expect(first?.status).toBe(201);
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(first))).toBe(true);
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT id, item_count FROM `order` WHERE user_id = ?',
      [shopper20.account.id],
    );
    expect(rows).toEqual([{ id: Number(first?.location?.split('/').pop()), item_count: 3 }]);
    const [items] = await server.pool.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM order_item WHERE order_id = ?',
      [rows[0]?.id],
    );
    expect(Number(items[0]?.n)).toBe(1);
  });

  it('then a retry answers the first answer even when its product is gone since', async () => {
    const key = newKey();
    const seasonal = await product('Es Teler Musiman', '15000.00');
    const first = await order(alice, [{ product_id: seasonal, quantity: 1 }], { 'Idempotency-Key': key });
    await jsonOf(first, 201);
    await server.pool.execute('UPDATE product SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?', [
      seasonal,
    ]);
    const after = await stored(alice.account.id);

    const retry = await order(alice, [{ product_id: seasonal, quantity: 1 }], { 'Idempotency-Key': key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(await stored(alice.account.id)).toEqual(after);
    // Without the key, the same body is refused: the product is gone.
    expect((await order(alice, [{ product_id: seasonal, quantity: 1 }])).status).toBe(422);
  });

  it('then the same key with a different body answers 422 and creates nothing', async () => {
    const key = newKey();
    const first = await order(alice, [{ product_id: martabak, quantity: 1 }], { 'Idempotency-Key': key });
    await jsonOf(first, 201);
    const after = await stored(alice.account.id);
    const body = await jsonOf(
      await order(alice, [{ product_id: martabak, quantity: 5 }], { 'Idempotency-Key': key }),
      422,
    );
    expect(body).toEqual({
      message: 'Idempotency-Key was already used for another request: use a new key for a new order',
      errors: [
        {
          field: 'idempotency-key',
          message: [`was already used for order ${idOf(first)} with a different body`],
        },
      ],
    });
    expect(await stored(alice.account.id)).toEqual(after);
  });

  it("then keys are per user: another user's order with the same key is a new order", async () => {
    const key = newKey();
    const mine = await order(alice, [{ product_id: martabak, quantity: 1 }], { 'Idempotency-Key': key });
    const theirs = await order(bob, [{ product_id: martabak, quantity: 1 }], { 'Idempotency-Key': key });
    await jsonOf(mine, 201);
    await jsonOf(theirs, 201);
    expect(idOf(theirs)).not.toBe(idOf(mine));
  });

  it('then a key that is too short is a 422 on the header', async () => {
    const before = await stored(alice.account.id);
    const body = await jsonOf(
      await order(alice, [{ product_id: martabak, quantity: 1 }], { 'Idempotency-Key': 'abc' }),
      422,
    );
    expect(body.errors).toEqual([{ field: 'idempotency-key', message: ['must be at least 8 characters'] }]);
    expect(await stored(alice.account.id)).toEqual(before);
  });

  it('then a refused first attempt is not remembered: the fixed retry with the key places the order', async () => {
    const key = newKey();
    const soon = await product('Nasi Goreng', '25000.00');
    await server.pool.query('UPDATE product SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?', [soon]);
    await jsonOf(await order(alice, [{ product_id: soon, quantity: 1 }], { 'Idempotency-Key': key }), 422);
    await server.pool.query('UPDATE product SET deleted_at = NULL WHERE id = ?', [soon]);
    await jsonOf(await order(alice, [{ product_id: soon, quantity: 1 }], { 'Idempotency-Key': key }), 201);
  });
});
