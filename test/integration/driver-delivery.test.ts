/**
 * The driver service against the real MySQL and Redis: profile, location (Redis GEO), offers
 * near the driver (nearest first, 10 km, paged), and the driver's moves of the order state
 * machine, with every refused move a 409 that names both states and changes nothing.
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';

const api = '/api/android/v1';
const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;
let server: TestServer;
const users: number[] = [];
const drivers: number[] = [];
let productId: number;

interface Actor {
  account: TestAccount;
  token: string;
}

const idOf = (response: Response): number => Number(response.headers.get('location')?.split('/').pop());

/** A random spot on Earth, so that no other test's order is within 10 km of it. */
function randomSpot(): { lat: number; lng: number } {
  return {
    lat: Number((Math.random() * 100 - 50).toFixed(6)),
    lng: Number((Math.random() * 340 - 170).toFixed(6)),
  };
}

async function actor(role: 'user' | 'driver'): Promise<Actor> {
  const account = await createAccount(server, role);
  (role === 'user' ? users : drivers).push(account.id);
  return { account, token: (await signIn(server, account)).access_token };
}

async function saveAddress(user: Actor, at: { lat: number; lng: number }, label = 'Toko'): Promise<number> {
  const response = await server.request(`${api}/user/${user.account.id}/address`, {
    method: 'POST',
    bearer: user.token,
    json: { label, street: `Jl. ${label} No. 3`, city_id: 12, ...at },
  });
  await jsonOf(response, 201);
  return idOf(response);
}

/** An order whose pickup point is `km` north of `from`. */
async function orderNear(user: Actor, from: { lat: number; lng: number }, km: number): Promise<number> {
  const pickup = await saveAddress(user, { lat: from.lat + km / KM_PER_DEGREE, lng: from.lng });
  const dropoff = await saveAddress(user, { lat: from.lat, lng: from.lng + 0.01 }, 'Rumah');
  const response = await server.request(`${api}/order`, {
    method: 'POST',
    bearer: user.token,
    json: {
      items: [{ product_id: productId, quantity: 2 }],
      pickup_address_id: pickup,
      dropoff_address_id: dropoff,
    },
  });
  await jsonOf(response, 201);
  return idOf(response);
}

function setLocation(driver: Actor, at: { lat: number; lng: number }): Promise<Response> {
  return server.request(`${api}/driver/${driver.account.id}/location`, {
    method: 'PUT',
    bearer: driver.token,
    json: at,
  });
}

function accept(driver: Actor, orderId: number): Promise<Response> {
  return server.request(`${api}/delivery`, {
    method: 'POST',
    bearer: driver.token,
    json: { order_id: orderId },
  });
}

function step(driver: Actor, orderId: number, status: string): Promise<Response> {
  return server.request(`${api}/delivery/${orderId}`, {
    method: 'PATCH',
    bearer: driver.token,
    json: { status },
  });
}

async function orderRow(id: number): Promise<RowDataPacket | undefined> {
  const [rows] = await server.pool.query<RowDataPacket[]>(
    'SELECT status, driver_id, accepted_at, picked_up_at, delivered_at, cancelled_at, updated_at FROM `order` WHERE id = ?',
    [id],
  );
  return rows[0];
}

let shopper: Actor;

beforeAll(async () => {
  server = await startTestServer();
  const [result] = await server.pool.execute<ResultSetHeader>(
    'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
    ['Seblak Ceker', '15000.00', 'https://images.example.com/seblak.jpg'],
  );
  productId = result.insertId;
  shopper = await actor('user');
});
afterAll(async () => {
  if (users.length > 0) await server.pool.query('DELETE FROM `order` WHERE user_id IN (?)', [users]);
  await server.pool.query('DELETE FROM product WHERE id = ?', [productId]);
  if (drivers.length > 0) await server.redis.zrem('driver:location', ...drivers.map(String));
  await server.close();
});

describe('when a driver reads and changes their profile', () => {
  it('then vehicle and plate are "" until set, location absent until sent (SG-14)', async () => {
    const driver = await actor('driver');
    const url = `${api}/driver/${driver.account.id}`;
    expect(await jsonOf(await server.request(url, { bearer: driver.token }), 200)).toEqual({
      data: {
        id: driver.account.id,
        phone_number: driver.account.phoneNumber,
        vehicle: '',
        plate: '',
        created_at: expect.any(String) as unknown,
      },
      message: 'get data driver success',
    });
    await jsonOf(
      await server.request(url, {
        method: 'PATCH',
        bearer: driver.token,
        json: { vehicle: 'Honda Vario 125, black' },
      }),
      200,
    );
    expect(
      await jsonOf(
        await server.request(url, { method: 'PATCH', bearer: driver.token, json: { plate: 'B 4512 KZT' } }),
        200,
      ),
    ).toEqual({ message: `driver ${driver.account.id} updated` });
    await jsonOf(await setLocation(driver, { lat: -6.2253, lng: 106.8099 }), 200);
    const read = await jsonOf(await server.request(url, { bearer: driver.token }), 200);
    expect(read.data).toMatchObject({ vehicle: 'Honda Vario 125, black', plate: 'B 4512 KZT' });
    const { location } = read.data as { location: { lat: number; lng: number } };
    expect(location.lat).toBeCloseTo(-6.2253, 5);
    expect(location.lng).toBeCloseTo(106.8099, 5);
  });

  it("then another driver's profile and location answer 403 and change nothing", async () => {
    const [me, other] = await Promise.all([actor('driver'), actor('driver')]);
    await jsonOf(await setLocation(other, { lat: 1, lng: 2 }), 200);
    const url = `${api}/driver/${other.account.id}`;
    expect(await jsonOf(await server.request(url, { bearer: me.token }), 403)).toEqual({
      message: `you can only use your own profile: driver ${other.account.id} is not you`,
    });
    await jsonOf(
      await server.request(url, { method: 'PATCH', bearer: me.token, json: { plate: 'X 1' } }),
      403,
    );
    await jsonOf(
      await server.request(`${url}/location`, { method: 'PUT', bearer: me.token, json: { lat: 3, lng: 4 } }),
      403,
    );
    const [position] = await server.redis.geopos('driver:location', String(other.account.id));
    expect(Number(position?.[1])).toBeCloseTo(1, 5);
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT 1 FROM driver_profile WHERE account_id = ?',
      [other.account.id],
    );
    expect(rows).toEqual([]);
  });

  it('then a location out of range answers 422 and the stored one stays', async () => {
    const driver = await actor('driver');
    await jsonOf(await setLocation(driver, { lat: 10, lng: 20 }), 200);
    for (const [at, errors] of [
      [{ lat: 91, lng: 20 }, [{ field: 'lat', message: ['must be <= 85.05112878'] }]],
      [{ lat: -86, lng: 20 }, [{ field: 'lat', message: ['must be >= -85.05112878'] }]],
      [{ lat: 10, lng: 180.5 }, [{ field: 'lng', message: ['must be <= 180'] }]],
      [{ lat: '10', lng: 20 }, [{ field: 'lat', message: ['must be number'] }]],
      [{ lat: 10 }, [{ field: 'lng', message: ['is required'] }]],
    ] as const) {
      expect((await jsonOf(await setLocation(driver, at as never), 422)).errors).toEqual(errors);
    }
    const [position] = await server.redis.geopos('driver:location', String(driver.account.id));
    expect(Number(position?.[1])).toBeCloseTo(10, 5);
    expect(Number(position?.[0])).toBeCloseTo(20, 5);
  });

  it("then a user's token on a driver operation answers 403, and a driver's on a user operation", async () => {
    const driver = await actor('driver');
    for (const [path, init] of [
      ['/delivery-offer', {}],
      ['/delivery', {}],
      ['/delivery', { method: 'POST', json: { order_id: 1 } }],
      [`/driver/${shopper.account.id}/location`, { method: 'PUT', json: { lat: 1, lng: 1 } }],
    ] as const) {
      expect(
        await jsonOf(await server.request(`${api}${path}`, { ...init, bearer: shopper.token }), 403),
      ).toEqual({
        message: "this operation needs the 'driver' scope",
      });
    }
    expect(await jsonOf(await server.request(`${api}/order`, { bearer: driver.token }), 403)).toEqual({
      message: "this operation needs the 'user' scope",
    });
  });
});

describe('when a driver looks for offers', () => {
  it('then without a location it answers 409 saying how to send one', async () => {
    const driver = await actor('driver');
    expect(
      await jsonOf(await server.request(`${api}/delivery-offer`, { bearer: driver.token }), 409),
    ).toEqual({
      message: `driver ${driver.account.id} has no location yet: send one with PUT /api/android/v1/driver/${driver.account.id}/location first`,
    });
  });

  it('then created orders within 10 km are offered nearest first, paged, with their distance', async () => {
    const spot = randomSpot();
    const far = await orderNear(shopper, spot, 12);
    const nine = await orderNear(shopper, spot, 9);
    const one = await orderNear(shopper, spot, 1);
    const three = await orderNear(shopper, spot, 3);
    const driver = await actor('driver');
    await jsonOf(await setLocation(driver, spot), 200);

    const first = await jsonOf(
      await server.request(`${api}/delivery-offer?page=1&per_page=2`, { bearer: driver.token }),
      200,
    );
    const offers = first.data as { order_id: number; distance_km: number }[];
    expect(offers.map((offer) => offer.order_id)).toEqual([one, three]);
    expect(offers[0]?.distance_km).toBeCloseTo(1, 1);
    expect(offers[1]?.distance_km).toBeCloseTo(3, 1);
    expect(offers[0]).toMatchObject({
      total: 30000,
      currency: 'IDR',
      item_count: 2,
      pickup: { city_id: 12 },
    });
    expect(first.meta).toEqual({
      links: { next: `${api}/delivery-offer?page=2&per_page=2`, prev: '' },
      total_data: 3,
      count: 2,
      per_page: 2,
      current_page: 1,
      total_page: 2,
    });
    const second = await jsonOf(
      await server.request(`${api}/delivery-offer?page=2&per_page=2`, { bearer: driver.token }),
      200,
    );
    expect((second.data as { order_id: number }[]).map((offer) => offer.order_id)).toEqual([nine]);
    expect(
      (await server.request(`${api}/delivery-offer?page=3&per_page=2`, { bearer: driver.token })).status,
    ).toBe(204);
    expect(far).toBeGreaterThan(0);

    // Taken and cancelled orders are no longer offered.
    await jsonOf(await accept(driver, one), 201);
    await jsonOf(
      await server.request(`${api}/order/${three}`, {
        method: 'PATCH',
        bearer: shopper.token,
        json: { status: 'cancelled' },
      }),
      200,
    );
    const after = await jsonOf(await server.request(`${api}/delivery-offer`, { bearer: driver.token }), 200);
    expect((after.data as { order_id: number }[]).map((offer) => offer.order_id)).toEqual([nine]);
  });

  it('then a driver with nothing near answers 204', async () => {
    const driver = await actor('driver');
    await jsonOf(await setLocation(driver, randomSpot()), 200);
    expect((await server.request(`${api}/delivery-offer`, { bearer: driver.token })).status).toBe(204);
  });
});

describe('when a driver moves an order through its states', () => {
  it('then accepted -> picked_up -> delivered, each step timed, and the deliveries list shows it', async () => {
    const spot = randomSpot();
    const id = await orderNear(shopper, spot, 0.5);
    const driver = await actor('driver');
    const accepted = await accept(driver, id);
    expect(await jsonOf(accepted, 201)).toEqual({
      message: `order ${id} accepted by driver ${driver.account.id}`,
    });
    expect(accepted.headers.get('location')).toBe(`${api}/delivery/${id}`);
    expect(await orderRow(id)).toMatchObject({ status: 'accepted', driver_id: driver.account.id });

    expect(await jsonOf(await step(driver, id, 'picked_up'), 200)).toEqual({
      message: `delivery ${id} picked_up`,
    });
    expect(await jsonOf(await step(driver, id, 'delivered'), 200)).toEqual({
      message: `delivery ${id} delivered`,
    });
    const read = await jsonOf(await server.request(`${api}/delivery/${id}`, { bearer: driver.token }), 200);
    expect(read.data).toMatchObject({
      id,
      status: 'delivered',
      items: [{ product_id: productId, name: 'Seblak Ceker', quantity: 2 }],
      total: 30000,
      currency: 'IDR',
      accepted_at: expect.any(String) as unknown,
      picked_up_at: expect.any(String) as unknown,
      delivered_at: expect.any(String) as unknown,
    });
    const list = await jsonOf(await server.request(`${api}/delivery`, { bearer: driver.token }), 200);
    expect(list.data).toEqual([
      expect.objectContaining({ id, status: 'delivered', total: 30000, currency: 'IDR' }),
    ]);
  });

  it('then every move off the arrows answers 409 naming both states, and the row is unchanged', async () => {
    const driver = await actor('driver');
    const id = await orderNear(shopper, randomSpot(), 0.5);
    const created = await orderRow(id);
    expect(await jsonOf(await step(driver, id, 'picked_up'), 404)).toEqual({
      message: `delivery ${id} not found`,
    });
    expect(await orderRow(id)).toEqual(created);

    await jsonOf(await accept(driver, id), 201);
    const accepted = await orderRow(id);
    expect(await jsonOf(await step(driver, id, 'delivered'), 409)).toEqual({
      message: `order ${id} cannot go from accepted to delivered: from accepted it can only go to picked_up`,
    });
    expect(await jsonOf(await accept(driver, id), 409)).toEqual({
      message: `order ${id} cannot go from accepted to accepted: you have already accepted it`,
    });
    expect(await orderRow(id)).toEqual(accepted);

    await jsonOf(await step(driver, id, 'picked_up'), 200);
    const pickedUp = await orderRow(id);
    expect(await jsonOf(await step(driver, id, 'picked_up'), 409)).toEqual({
      message: `order ${id} cannot go from picked_up to picked_up: from picked_up it can only go to delivered`,
    });
    expect(await orderRow(id)).toEqual(pickedUp);

    await jsonOf(await step(driver, id, 'delivered'), 200);
    const delivered = await orderRow(id);
    expect(await jsonOf(await step(driver, id, 'delivered'), 409)).toEqual({
      message: `order ${id} cannot go from delivered to delivered: delivered is final`,
    });
    expect(await jsonOf(await step(driver, id, 'accepted'), 422)).toMatchObject({
      errors: [{ field: 'status', message: ['must be one of: picked_up, delivered'] }],
    });
    expect(await orderRow(id)).toEqual(delivered);
  });

  it('then accepting a cancelled order answers 409 and leaves it cancelled with no driver', async () => {
    const id = await orderNear(shopper, randomSpot(), 0.5);
    await jsonOf(
      await server.request(`${api}/order/${id}`, {
        method: 'PATCH',
        bearer: shopper.token,
        json: { status: 'cancelled' },
      }),
      200,
    );
    const cancelled = await orderRow(id);
    const driver = await actor('driver');
    expect(await jsonOf(await accept(driver, id), 409)).toEqual({
      message: `order ${id} cannot go from cancelled to accepted: cancelled is final`,
    });
    expect(await orderRow(id)).toEqual(cancelled);
    expect(cancelled).toMatchObject({ status: 'cancelled', driver_id: null });
  });

  it("then another driver's delivery is 404 to read or move, and taking it answers 409", async () => {
    const id = await orderNear(shopper, randomSpot(), 0.5);
    const [mine, theirs] = await Promise.all([actor('driver'), actor('driver')]);
    await jsonOf(await accept(mine, id), 201);
    const before = await orderRow(id);
    expect(await jsonOf(await accept(theirs, id), 409)).toEqual({
      message: `order ${id} cannot go from accepted to accepted: another driver has taken it`,
    });
    await jsonOf(await server.request(`${api}/delivery/${id}`, { bearer: theirs.token }), 404);
    await jsonOf(await step(theirs, id, 'picked_up'), 404);
    expect(await orderRow(id)).toEqual(before);
    expect((await server.request(`${api}/delivery`, { bearer: theirs.token })).status).toBe(204);
  });

  it('then accepting an unknown order answers 422 naming it', async () => {
    const driver = await actor('driver');
    expect(await jsonOf(await accept(driver, 4000000000), 422)).toEqual({
      message: 'the request has 1 invalid field: order_id',
      errors: [{ field: 'order_id', message: ['order 4000000000 does not exist'] }],
    });
    await jsonOf(await server.request(`${api}/delivery/4000000000`, { bearer: driver.token }), 404);
  });
});
