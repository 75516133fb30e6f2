/**
 * Races through the real API against the real MySQL: 20 drivers accept one order at the same
 * moment, several rounds; and a user cancels while 20 drivers accept. Each move is one
 * conditional UPDATE, so exactly one request wins and every other answers 409; the order
 * row ends with that one winner, nothing lost or doubled.
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';
import { placeOrder, saveAddress as saveAddressOf } from '../support/ordering.ts';

const api = '/api/android/v1';
const DRIVERS = 20;
const ROUNDS = 5;
let server: TestServer;
let user: TestAccount;
let userToken: string;
let drivers: { account: TestAccount; token: string }[];
let productId: number;
let pickup: number;
let dropoff: number;

const customer = () => ({ id: user.id, token: userToken });
const saveAddress = (label: string) =>
  saveAddressOf(server, customer(), { label, lat: -7.2575, lng: 112.7521 });
const newOrder = () => placeOrder(server, customer(), { productId, pickup, dropoff });

function accept(token: string, orderId: number): Promise<Response> {
  return server.request(`${api}/delivery`, { method: 'POST', bearer: token, json: { order_id: orderId } });
}

async function answers(responses: Response[]): Promise<{ status: number; message: string }[]> {
  return Promise.all(
    responses.map(async (response) => ({
      status: response.status,
      message: ((await response.json()) as { message: string }).message,
    })),
  );
}

beforeAll(async () => {
  // A pool as large as the crowd, so that every UPDATE reaches InnoDB at the same time.
  server = await startTestServer({ databasePoolSize: DRIVERS + 5 });
  user = await createAccount(server, 'user');
  userToken = (await signIn(server, user)).access_token;
  drivers = await Promise.all(
    Array.from({ length: DRIVERS }, async () => {
      const account = await createAccount(server, 'driver');
      return { account, token: (await signIn(server, account)).access_token };
    }),
  );
  const [result] = await server.pool.execute<ResultSetHeader>(
    'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
    ['Rawon Setan', '32000.00', 'https://images.example.com/rawon.jpg'],
  );
  productId = result.insertId;
  pickup = await saveAddress('Kedai');
  dropoff = await saveAddress('Rumah');
});
afterEach(async () => {
  // A driver holds one active delivery at a time (issue 13): each round's winner hands theirs
  // over, so that the next round's crowd differs only in who is first.
  await server.pool.query(
    "UPDATE `order` SET status = 'delivered', picked_up_at = CURRENT_TIMESTAMP(3), delivered_at = CURRENT_TIMESTAMP(3) WHERE user_id = ? AND status = 'accepted'",
    [user.id],
  );
});
afterAll(async () => {
  await server.pool.query('DELETE FROM `order` WHERE user_id = ?', [user.id]);
  await server.pool.query('DELETE FROM product WHERE id = ?', [productId]);
  await server.close();
});

describe(`when ${DRIVERS} drivers accept the same order at once`, () => {
  it.each(Array.from({ length: ROUNDS }, (_, round) => [round + 1]))(
    'then exactly one gets 201, the other 19 get 409, and the order has that one driver (round %i)',
    async () => {
      const orderId = await newOrder();
      const responses = await Promise.all(drivers.map((driver) => accept(driver.token, orderId)));
      const results = await answers(responses);

      const winners = results.flatMap((result, index) => (result.status === 201 ? [drivers[index]] : []));
      expect(winners).toHaveLength(1);
      const winner = winners[0]?.account.id;
      expect(results.filter((result) => result.status === 409)).toHaveLength(DRIVERS - 1);
      for (const result of results) {
        expect(result.message).toBe(
          result.status === 201
            ? `order ${orderId} accepted by driver ${winner}`
            : `order ${orderId} cannot go from accepted to accepted: another driver has taken it`,
        );
      }
      const [rows] = await server.pool.query<RowDataPacket[]>(
        'SELECT status, driver_id FROM `order` WHERE id = ?',
        [orderId],
      );
      expect(rows).toEqual([{ status: 'accepted', driver_id: winner }]);
      // Only the winner has it among their deliveries.
      const [held] = await server.pool.query<RowDataPacket[]>(
        'SELECT driver_id FROM `order` WHERE id = ? AND driver_id IS NOT NULL',
        [orderId],
      );
      expect(held).toHaveLength(1);
      const readByWinner = await jsonOf(
        await server.request(`${api}/delivery/${orderId}`, { bearer: winners[0]?.token ?? '' }),
        200,
      );
      expect(readByWinner.data).toMatchObject({ id: orderId, status: 'accepted' });
    },
  );
});

describe(`when the user cancels while ${DRIVERS} drivers accept`, () => {
  it.each(Array.from({ length: ROUNDS }, (_, round) => [round + 1]))(
    'then exactly one of all those requests wins and the row agrees with it (round %i)',
    async () => {
      const orderId = await newOrder();
      const cancel = server.request(`${api}/order/${orderId}`, {
        method: 'PATCH',
        bearer: userToken,
        json: { status: 'cancelled' },
      });
      const [cancelled, ...accepts] = await answers(
        await Promise.all([cancel, ...drivers.map((driver) => accept(driver.token, orderId))]),
      );
      const acceptedCount = accepts.filter((result) => result.status === 201).length;
      expect((cancelled?.status === 200 ? 1 : 0) + acceptedCount).toBe(1);
      expect(accepts.every((result) => result.status === 201 || result.status === 409)).toBe(true);

      const [rows] = await server.pool.query<RowDataPacket[]>(
        'SELECT status, driver_id FROM `order` WHERE id = ?',
        [orderId],
      );
      if (cancelled?.status === 200) {
        expect(rows).toEqual([{ status: 'cancelled', driver_id: null }]);
      } else {
        expect(cancelled).toEqual({
          status: 409,
          message: `order ${orderId} cannot go from accepted to cancelled: from accepted it can only go to picked_up`,
        });
        const winner = drivers[accepts.findIndex((result) => result.status === 201)]?.account.id;
        expect(rows).toEqual([{ status: 'accepted', driver_id: winner }]);
      }
    },
  );
});
