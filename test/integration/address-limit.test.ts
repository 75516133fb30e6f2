/**
 * Issue 13: a user keeps at most ADDRESS_LIMIT_PER_USER saved addresses (here 3), against the
 * real MySQL; the account's row lock makes two creates at the limit yield exactly one.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const api = '/api/android/v1';
const LIMIT = 3;
const RUNS = 5;
let server: TestServer;
const users: TestAccount[] = [];

const limitReached = (userId: number) => ({
  message: `a user can save at most ${LIMIT} addresses: delete one before adding another`,
  errors: [
    { field: 'id', message: [`user ${userId} already has ${LIMIT} saved addresses, the most allowed`] },
  ],
});

async function newUser(): Promise<{ account: TestAccount; token: string }> {
  const account = await createAccount(server, 'user');
  users.push(account);
  return { account, token: (await signIn(server, account)).access_token };
}

function save(owner: { account: TestAccount; token: string }, label: string): Promise<Response> {
  return server.request(`${api}/user/${owner.account.id}/address`, {
    method: 'POST',
    bearer: owner.token,
    json: { label, street: `Jl. ${label} No. 1`, city_id: 16, lat: -7.25, lng: 112.75 },
  });
}

async function liveAddresses(userId: number): Promise<number> {
  const [[row]] = await server.pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS live FROM address WHERE user_id = ? AND deleted_at IS NULL',
    [userId],
  );
  return Number(row?.live);
}

beforeAll(async () => {
  server = await startTestServer({ addressLimitPerUser: LIMIT, databasePoolSize: 12 });
});
afterAll(async () => {
  const ids = [0, ...users.map((user) => user.id)];
  await server.pool.query('DELETE FROM address WHERE user_id IN (?)', [ids]);
  await server.pool.query('DELETE FROM account WHERE id IN (?)', [ids]);
  await server.close();
});

describe('when a user saves addresses up to the limit', () => {
  it('then the next one answers 422 naming the limit, and deleting one makes room', async () => {
    const owner = await newUser();
    const saved: number[] = [];
    for (let i = 1; i <= LIMIT; i++) {
      const response = await save(owner, `Alamat ${i}`);
      await jsonOf(response, 201);
      saved.push(Number(response.headers.get('location')?.split('/').pop()));
    }
    expect(await jsonOf(await save(owner, 'Satu lagi'), 422)).toEqual(limitReached(owner.account.id));
    expect(await liveAddresses(owner.account.id)).toBe(LIMIT);

    await jsonOf(
      await server.request(`${api}/address/${saved[0]}`, { method: 'DELETE', bearer: owner.token }),
      200,
    );
    await jsonOf(await save(owner, 'Satu lagi'), 201);
    expect(await liveAddresses(owner.account.id)).toBe(LIMIT);
  });

  it.each(Array.from({ length: RUNS }, (_, run) => [run + 1]))(
    'then two creates at the same moment with room for one yield exactly one (run %i)',
    async () => {
      const owner = await newUser();
      for (let i = 1; i < LIMIT; i++) await jsonOf(await save(owner, `Alamat ${i}`), 201);
      const responses = await Promise.all([save(owner, 'Kiri'), save(owner, 'Kanan')]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 422]);
      const refused = responses.find((response) => response.status === 422);
      expect(await refused?.json()).toEqual(limitReached(owner.account.id));
      expect(await liveAddresses(owner.account.id)).toBe(LIMIT);
    },
  );
});
