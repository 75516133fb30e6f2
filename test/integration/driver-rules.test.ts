/**
 * Issue 13, drivers' rules against the real MySQL and Redis: offers only for a fresh location
 * (DRIVER_LOCATION_MAX_AGE_SECONDS), and one active delivery per driver, enforced by the
 * database's unique key so that two accepts at the same moment leave exactly one.
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';
import { placeOrder, saveAddress as saveAddressOf } from '../support/ordering.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const api = '/api/android/v1';
const RUNS = 10;
const SPOT = { lat: -7.2575, lng: 112.7521 };
let server: TestServer;
let user: TestAccount;
let userToken: string;
let productId: number;
let pickup: number;
let dropoff: number;
const drivers: number[] = [];

const customer = () => ({ id: user.id, token: userToken });
const saveAddress = (label: string) => saveAddressOf(server, customer(), { label, ...SPOT });
const newOrder = () => placeOrder(server, customer(), { productId, pickup, dropoff });

async function newDriver(): Promise<{ id: number; token: string }> {
  const account = await createAccount(server, 'driver');
  drivers.push(account.id);
  return { id: account.id, token: (await signIn(server, account)).access_token };
}

const accept = (token: string, orderId: number): Promise<Response> =>
  server.request(`${api}/delivery`, { method: 'POST', bearer: token, json: { order_id: orderId } });

const move = (token: string, orderId: number, status: 'picked_up' | 'delivered'): Promise<Response> =>
  server.request(`${api}/delivery/${orderId}`, { method: 'PATCH', bearer: token, json: { status } });

async function deliver(token: string, orderId: number): Promise<void> {
  await jsonOf(await move(token, orderId, 'picked_up'), 200);
  await jsonOf(await move(token, orderId, 'delivered'), 200);
}

async function activeDeliveries(driverId: number): Promise<number[]> {
  const [rows] = await server.pool.query<RowDataPacket[]>(
    "SELECT id FROM `order` WHERE driver_id = ? AND status IN ('accepted', 'picked_up') ORDER BY id",
    [driverId],
  );
  return rows.map((row) => Number(row.id));
}

beforeAll(async () => {
  // A pool as large as the crowd, so that both UPDATEs reach InnoDB at the same time.
  server = await startTestServer({ databasePoolSize: 12 });
  user = await createAccount(server, 'user');
  userToken = (await signIn(server, user)).access_token;
  const [result] = await server.pool.execute<ResultSetHeader>(
    'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
    ['Lontong Balap', '18000.00', 'https://images.example.com/lontong.jpg'],
  );
  productId = result.insertId;
  pickup = await saveAddress('Warung');
  dropoff = await saveAddress('Kantor');
});
afterAll(async () => {
  await server.pool.query(
    'DELETE oi FROM order_item oi JOIN `order` o ON o.id = oi.order_id WHERE o.user_id = ?',
    [user.id],
  );
  await server.pool.query('DELETE FROM `order` WHERE user_id = ?', [user.id]);
  await server.pool.query('DELETE FROM address WHERE user_id = ?', [user.id]);
  await server.pool.query('DELETE FROM product WHERE id = ?', [productId]);
  if (drivers.length > 0) {
    await server.redis.zrem('driver:location', ...drivers.map(String));
    await server.redis.zrem('driver:location-time', ...drivers.map(String));
  }
  await server.pool.query('DELETE FROM account WHERE id IN (?)', [[user.id, ...drivers]]);
  await server.close();
});

describe('when a driver asks for offers', () => {
  const offers = (token: string) =>
    server.request(`${api}/delivery-offer?page=1&per_page=50`, { bearer: token });
  const locate = async (driver: { id: number; token: string }) =>
    jsonOf(
      await server.request(`${api}/driver/${driver.id}/location`, {
        method: 'PUT',
        bearer: driver.token,
        json: SPOT,
      }),
      200,
    );

  it('then a location older than the maximum age (300 s by default) answers 409, and a fresh one brings the offers back', async () => {
    const driver = await newDriver();
    const orderId = await newOrder();
    await locate(driver);
    const fresh = await jsonOf(await offers(driver.token), 200);
    expect((fresh.data as { order_id: number }[]).map((offer) => offer.order_id)).toContain(orderId);

    // Hours old, as the issue found: the driver stopped sending locations.
    await server.redis.zadd('driver:location-time', Date.now() - 3 * 3600 * 1000, String(driver.id));
    expect(await jsonOf(await offers(driver.token), 409)).toEqual({
      message: `the last location of driver ${driver.id} is older than 300 seconds: send a fresh one with PUT /api/android/v1/driver/${driver.id}/location to see offers`,
    });
    // Just past the limit.
    await server.redis.zadd('driver:location-time', Date.now() - 301 * 1000, String(driver.id));
    await jsonOf(await offers(driver.token), 409);

    await locate(driver);
    await jsonOf(await offers(driver.token), 200);
  });

  it('then a location stored before its time was kept counts as stale', async () => {
    const driver = await newDriver();
    await server.redis.geoadd('driver:location', SPOT.lng, SPOT.lat, String(driver.id));
    const body = await jsonOf(await offers(driver.token), 409);
    expect(body.message).toContain(`the last location of driver ${driver.id} is older than 300 seconds`);
  });
});

describe('when a driver holding a delivery accepts another order', () => {
  it('then it answers 409 naming the delivery in hand, and after delivering it the next accept succeeds', async () => {
    const driver = await newDriver();
    const first = await newOrder();
    const second = await newOrder();
    await jsonOf(await accept(driver.token, first), 201);
    expect(await jsonOf(await accept(driver.token, second), 409)).toEqual({
      message: `driver ${driver.id} already has an active delivery (order ${first}): deliver it before accepting another`,
    });
    // Still so once picked up.
    await jsonOf(await move(driver.token, first, 'picked_up'), 200);
    await jsonOf(await accept(driver.token, second), 409);
    const [rows] = await server.pool.query<RowDataPacket[]>('SELECT status FROM `order` WHERE id = ?', [
      second,
    ]);
    expect(rows).toEqual([{ status: 'created' }]);

    await jsonOf(await move(driver.token, first, 'delivered'), 200);
    await jsonOf(await accept(driver.token, second), 201);
    expect(await activeDeliveries(driver.id)).toEqual([second]);
  });

  it.each(Array.from({ length: RUNS }, (_, run) => [run + 1]))(
    'then two accepts of two orders at the same moment leave exactly one active delivery (run %i)',
    async () => {
      const driver = await newDriver();
      const orders = [await newOrder(), await newOrder()];
      const responses = await Promise.all(orders.map((orderId) => accept(driver.token, orderId)));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, 409]);
      const won = orders[responses.findIndex((response) => response.status === 201)] ?? 0;
      const lost = responses.find((response) => response.status === 409);
      expect(await lost?.json()).toEqual({
        message: `driver ${driver.id} already has an active delivery (order ${won}): deliver it before accepting another`,
      });
      expect(await activeDeliveries(driver.id)).toEqual([won]);
      await deliver(driver.token, won);
    },
  );
});
