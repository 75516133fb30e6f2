/**
 * Ordering and delivery end to end, in-process against the real MySQL and Redis: a user signs
 * in, saves addresses, orders products; a driver sends a location, sees the offer, accepts,
 * picks up and delivers; the user sees the status at each step and cannot cancel at the end.
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';

const api = '/api/android/v1';
let server: TestServer;
const products: number[] = [];
let userId = 0;
let driverId = 0;

const idOf = (response: Response): number => Number(response.headers.get('location')?.split('/').pop());

beforeAll(async () => {
  server = await startTestServer();
  for (const [name, price] of [
    ['Martabak Manis Keju Cokelat', '18000.00'],
    ['Es Teh Manis', '5000.00'],
  ] as const) {
    const [result] = await server.pool.execute<ResultSetHeader>(
      'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
      [name, price, 'https://images.example.com/flow.jpg'],
    );
    products.push(result.insertId);
  }
});
afterAll(async () => {
  if (userId) await server.pool.query('DELETE FROM `order` WHERE user_id = ?', [userId]);
  if (products.length > 0) await server.pool.query('DELETE FROM product WHERE id IN (?)', [products]);
  if (driverId) await server.redis.zrem('driver:location', String(driverId));
  await server.close();
});

describe('when a user orders and a driver delivers', () => {
  it('then the order goes created -> accepted -> picked_up -> delivered, and the user sees each step', async () => {
    const [martabak, teh] = products as [number, number];
    // A random spot on Earth, so that the only order near the driver is this one.
    const spot = {
      lat: Number((Math.random() * 100 - 50).toFixed(6)),
      lng: Number((Math.random() * 340 - 170).toFixed(6)),
    };

    // The user signs in, names themself and saves a pickup and a drop-off address.
    const userAccount = await createAccount(server, 'user');
    userId = userAccount.id;
    const user = (await signIn(server, userAccount)).access_token;
    await jsonOf(
      await server.request(`${api}/user/${userId}`, {
        method: 'PATCH',
        bearer: user,
        json: { display_name: 'Siti' },
      }),
      200,
    );
    const saved: number[] = [];
    for (const [label, lat] of [
      ['Kedai Martabak', spot.lat + 0.01],
      ['Rumah', spot.lat + 0.03],
    ] as const) {
      const response = await server.request(`${api}/user/${userId}/address`, {
        method: 'POST',
        bearer: user,
        json: { label, street: `Jl. ${label} No. 7`, city_id: 12, lat, lng: spot.lng },
      });
      await jsonOf(response, 201);
      saved.push(idOf(response));
    }
    const [pickup, dropoff] = saved as [number, number];

    // The user orders: 3 × 18000 + 2 × 5000 = 64000 rupiah, computed by the server.
    const placed = await server.request(`${api}/order`, {
      method: 'POST',
      bearer: user,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      json: {
        items: [
          { product_id: martabak, quantity: 3 },
          { product_id: teh, quantity: 2 },
        ],
        pickup_address_id: pickup,
        dropoff_address_id: dropoff,
      },
    });
    await jsonOf(placed, 201);
    const orderId = idOf(placed);
    const statusSeenByUser = async (): Promise<Record<string, unknown>> =>
      (await jsonOf(await server.request(`${api}/order/${orderId}`, { bearer: user }), 200)).data as Record<
        string,
        unknown
      >;
    expect(await statusSeenByUser()).toMatchObject({
      status: 'created',
      total: 64000,
      currency: 'IDR',
      items: [
        { product_id: martabak, unit_price: 18000, quantity: 3, line_total: 54000 },
        { product_id: teh, unit_price: 5000, quantity: 2, line_total: 10000 },
      ],
    });

    // The driver signs in, sends a location ~1.1 km from the pickup point, and sees the offer.
    const driverAccount = await createAccount(server, 'driver');
    driverId = driverAccount.id;
    const driver = (await signIn(server, driverAccount)).access_token;
    await jsonOf(
      await server.request(`${api}/driver/${driverId}`, {
        method: 'PATCH',
        bearer: driver,
        json: { vehicle: 'Yamaha NMAX, white', plate: 'D 1234 ABC' },
      }),
      200,
    );
    await jsonOf(
      await server.request(`${api}/driver/${driverId}/location`, {
        method: 'PUT',
        bearer: driver,
        json: spot,
      }),
      200,
    );
    const offers = await jsonOf(await server.request(`${api}/delivery-offer`, { bearer: driver }), 200);
    expect(offers.data).toEqual([
      {
        order_id: orderId,
        distance_km: expect.closeTo(1.11, 1) as unknown,
        total: 64000,
        currency: 'IDR',
        item_count: 5,
        pickup: { street: 'Jl. Kedai Martabak No. 7', city_id: 12, lat: spot.lat + 0.01, lng: spot.lng },
        dropoff: { street: 'Jl. Rumah No. 7', city_id: 12, lat: spot.lat + 0.03, lng: spot.lng },
        created_at: expect.any(String) as unknown,
      },
    ]);

    // The driver accepts: the user sees who took it.
    await jsonOf(
      await server.request(`${api}/delivery`, {
        method: 'POST',
        bearer: driver,
        json: { order_id: orderId },
      }),
      201,
    );
    expect(await statusSeenByUser()).toMatchObject({
      status: 'accepted',
      driver_id: driverId,
      accepted_at: expect.any(String) as unknown,
    });
    expect((await server.request(`${api}/delivery-offer`, { bearer: driver })).status).toBe(204);

    // Picks up, then delivers.
    for (const status of ['picked_up', 'delivered'] as const) {
      await jsonOf(
        await server.request(`${api}/delivery/${orderId}`, {
          method: 'PATCH',
          bearer: driver,
          json: { status },
        }),
        200,
      );
      expect(await statusSeenByUser()).toMatchObject({
        status,
        driver_id: driverId,
        [`${status}_at`]: expect.any(String) as unknown,
      });
    }
    const final = await statusSeenByUser();
    expect(final).not.toHaveProperty('cancelled_at');

    // Cancelling a delivered order answers 409 and changes nothing.
    const [before] = await server.pool.query<RowDataPacket[]>('SELECT * FROM `order` WHERE id = ?', [
      orderId,
    ]);
    expect(
      await jsonOf(
        await server.request(`${api}/order/${orderId}`, {
          method: 'PATCH',
          bearer: user,
          json: { status: 'cancelled' },
        }),
        409,
      ),
    ).toEqual({ message: `order ${orderId} cannot go from delivered to cancelled: delivered is final` });
    const [after] = await server.pool.query<RowDataPacket[]>('SELECT * FROM `order` WHERE id = ?', [orderId]);
    expect(after).toEqual(before);

    // Both sides list it.
    const mine = await jsonOf(await server.request(`${api}/order`, { bearer: user }), 200);
    expect(mine.data).toEqual([
      expect.objectContaining({ id: orderId, status: 'delivered', driver_id: driverId }),
    ]);
    const deliveries = await jsonOf(await server.request(`${api}/delivery`, { bearer: driver }), 200);
    expect(deliveries.data).toEqual([
      expect.objectContaining({ id: orderId, status: 'delivered', item_count: 5 }),
    ]);
  });
});
