/** The user's profile and saved addresses, against the real MySQL: own only, paged, validated. */
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';

const api = '/api/android/v1';
let server: TestServer;
let alice: TestAccount;
let aliceToken: string;
let bob: TestAccount;
let bobToken: string;

const idOf = (response: Response): number => Number(response.headers.get('location')?.split('/').pop());
const rumah = {
  label: 'Rumah',
  street: 'Jl. Kemang Raya No. 8',
  city_id: 11,
  lat: -6.260719,
  lng: 106.814835,
};

async function addressesOf(userId: number): Promise<RowDataPacket[]> {
  const [rows] = await server.pool.query<RowDataPacket[]>(
    'SELECT id, label, street, city_id, lat, lng, deleted_at FROM address WHERE user_id = ? ORDER BY id',
    [userId],
  );
  return rows;
}

async function save(token: string, userId: number, address: object = rumah): Promise<Response> {
  return server.request(`${api}/user/${userId}/address`, { method: 'POST', bearer: token, json: address });
}

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([createAccount(server, 'user'), createAccount(server, 'user')]);
  const [aliceTokens, bobTokens] = await Promise.all([signIn(server, alice), signIn(server, bob)]);
  aliceToken = aliceTokens.access_token;
  bobToken = bobTokens.access_token;
});
afterAll(async () => {
  await server.close();
});

describe('when a user reads and changes their profile', () => {
  it('then the display name is "" until set, and PATCH sets it (SG-14, SG-20)', async () => {
    const before = await jsonOf(await server.request(`${api}/user/${alice.id}`, { bearer: aliceToken }), 200);
    expect(before).toEqual({
      data: {
        id: alice.id,
        phone_number: alice.phoneNumber,
        display_name: '',
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as unknown,
      },
      message: 'get data user success',
    });
    for (const name of ['Siti Rahma', 'Siti Rahma', 'Siti R.']) {
      expect(
        await jsonOf(
          await server.request(`${api}/user/${alice.id}`, {
            method: 'PATCH',
            bearer: aliceToken,
            json: { display_name: name },
          }),
          200,
        ),
      ).toEqual({ message: `user ${alice.id} updated` });
    }
    const after = await jsonOf(await server.request(`${api}/user/${alice.id}`, { bearer: aliceToken }), 200);
    expect((after.data as { display_name: string }).display_name).toBe('Siti R.');
  });

  it("then someone else's profile answers 403 and is left as it was", async () => {
    expect(await jsonOf(await server.request(`${api}/user/${bob.id}`, { bearer: aliceToken }), 403)).toEqual({
      message: `you can only use your own profile: user ${bob.id} is not you`,
    });
    await jsonOf(
      await server.request(`${api}/user/${bob.id}`, {
        method: 'PATCH',
        bearer: aliceToken,
        json: { display_name: 'hacked' },
      }),
      403,
    );
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT 1 FROM user_profile WHERE account_id = ?',
      [bob.id],
    );
    expect(rows).toEqual([]);
  });

  it('then a blank or too long display name answers 422 (SG-23)', async () => {
    for (const [name, message] of [
      ['   ', 'must not be blank'],
      ['x'.repeat(101), 'must be at most 100 characters'],
    ] as const) {
      const body = await jsonOf(
        await server.request(`${api}/user/${alice.id}`, {
          method: 'PATCH',
          bearer: aliceToken,
          json: { display_name: name },
        }),
        422,
      );
      expect(body.errors).toEqual([{ field: 'display_name', message: [message] }]);
    }
  });

  it("then a driver's token answers 403 on a user operation", async () => {
    const driver = await signIn(server, await createAccount(server, 'driver'));
    expect(
      await jsonOf(await server.request(`${api}/user/${alice.id}`, { bearer: driver.access_token }), 403),
    ).toEqual({
      message: "this operation needs the 'user' scope",
    });
  });
});

describe('when a user saves addresses', () => {
  it('then they read back, list newest first and page (SG-05, SG-17)', async () => {
    const carol = await createAccount(server, 'user');
    const token = (await signIn(server, carol)).access_token;
    expect((await server.request(`${api}/user/${carol.id}/address`, { bearer: token })).status).toBe(204);
    const ids: number[] = [];
    for (const label of ['Rumah', 'Kantor', 'Kos']) {
      const response = await save(token, carol.id, { ...rumah, label });
      expect(await jsonOf(response, 201)).toEqual({ message: `address ${idOf(response)} created` });
      expect(response.headers.get('location')).toBe(`${api}/address/${idOf(response)}`);
      ids.push(idOf(response));
    }
    const read = await jsonOf(await server.request(`${api}/address/${ids[0]}`, { bearer: token }), 200);
    expect(read).toEqual({
      data: {
        id: ids[0],
        user_id: carol.id,
        ...rumah,
        created_at: expect.any(String) as unknown,
        updated_at: expect.any(String) as unknown,
      },
      message: 'get data address success',
    });
    const page = await jsonOf(
      await server.request(`${api}/user/${carol.id}/address?page=1&per_page=2`, { bearer: token }),
      200,
    );
    expect((page.data as { label: string }[]).map((address) => address.label)).toEqual(['Kos', 'Kantor']);
    expect(page.meta).toMatchObject({ total_data: 3, count: 2, total_page: 2, links: { prev: '' } });
    expect((page.meta as { links: { next: string } }).links.next).toBe(
      `${api}/user/${carol.id}/address?page=2&per_page=2`,
    );
  });

  it('then PATCH changes only the fields sent and DELETE removes it from the list', async () => {
    const response = await save(aliceToken, alice.id);
    const id = idOf(response);
    expect(
      await jsonOf(
        await server.request(`${api}/address/${id}`, {
          method: 'PATCH',
          bearer: aliceToken,
          json: { label: 'Rumah Ibu' },
        }),
        200,
      ),
    ).toEqual({ message: `address ${id} updated` });
    const read = await jsonOf(await server.request(`${api}/address/${id}`, { bearer: aliceToken }), 200);
    expect(read.data).toMatchObject({ ...rumah, label: 'Rumah Ibu' });

    expect(
      await jsonOf(
        await server.request(`${api}/address/${id}`, { method: 'DELETE', bearer: aliceToken }),
        200,
      ),
    ).toEqual({ message: `address ${id} deleted` });
    await jsonOf(await server.request(`${api}/address/${id}`, { bearer: aliceToken }), 404);
    await jsonOf(await server.request(`${api}/address/${id}`, { method: 'DELETE', bearer: aliceToken }), 404);
    const list = await server.request(`${api}/user/${alice.id}/address?per_page=100`, { bearer: aliceToken });
    const listed = list.status === 204 ? [] : ((await jsonOf(list, 200)).data as { id: number }[]);
    expect(listed.map((address) => address.id)).not.toContain(id);
  });

  it("then someone else's address answers 404, as an unknown one, and is left as it was", async () => {
    const id = idOf(await save(bobToken, bob.id));
    const before = await addressesOf(bob.id);
    for (const init of [
      {},
      { method: 'PATCH', json: { label: 'mine now' } },
      { method: 'DELETE' },
    ] as const) {
      expect(
        await jsonOf(await server.request(`${api}/address/${id}`, { ...init, bearer: aliceToken }), 404),
      ).toEqual({
        message: `address ${id} not found`,
      });
    }
    await jsonOf(await server.request(`${api}/address/4000000000`, { bearer: aliceToken }), 404);
    expect(await addressesOf(bob.id)).toEqual(before);
    // Nor can anyone list or add to another user's addresses.
    await jsonOf(await server.request(`${api}/user/${bob.id}/address`, { bearer: aliceToken }), 403);
    await jsonOf(await save(aliceToken, bob.id), 403);
    expect(await addressesOf(bob.id)).toEqual(before);
  });

  it('then an unknown city or a coordinate out of range answers 422 and stores nothing', async () => {
    const before = await addressesOf(alice.id);
    expect(await jsonOf(await save(aliceToken, alice.id, { ...rumah, city_id: 999999 }), 422)).toEqual({
      message: 'the request has 1 invalid field: city_id',
      errors: [{ field: 'city_id', message: ['city 999999 does not exist'] }],
    });
    const range = await jsonOf(await save(aliceToken, alice.id, { ...rumah, lat: 91, lng: -181 }), 422);
    expect(range.errors).toEqual([
      { field: 'lat', message: ['must be <= 90'] },
      { field: 'lng', message: ['must be >= -180'] },
    ]);
    const missing = await jsonOf(await save(aliceToken, alice.id, { label: 'Rumah' }), 422);
    expect((missing.errors as { field: string }[]).map((error) => error.field).sort()).toEqual([
      'city_id',
      'lat',
      'lng',
      'street',
    ]);
    expect(await addressesOf(alice.id)).toEqual(before);

    const id = idOf(await save(aliceToken, alice.id));
    const saved = await addressesOf(alice.id);
    await jsonOf(
      await server.request(`${api}/address/${id}`, {
        method: 'PATCH',
        bearer: aliceToken,
        json: { city_id: 999999 },
      }),
      422,
    );
    await jsonOf(
      await server.request(`${api}/address/${id}`, { method: 'PATCH', bearer: aliceToken, json: {} }),
      422,
    );
    expect(await addressesOf(alice.id)).toEqual(saved);
  });
});
