/**
 * Shutdown with a request whose client gave up (src/runtime/in-flight.ts): its connection is
 * gone, so draining does not wait for it, but its handler still runs and still writes. The
 * pool must stay open until it has finished, and what it wrote must be stored.
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, signIn } from '../support/auth.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { testEnvironment } from '../support/env.ts';

let server: TestServer;
let admin: string;
let productId: number;
let locker: mysql.Connection;

beforeAll(async () => {
  // Long enough for the handler to wait on the row lock the test holds.
  server = await startTestServer({ databaseQueryTimeoutMs: 5000 });
  admin = (await signIn(server, await createAccount(server, 'admin'))).access_token;
  const [inserted] = await server.pool.query<ResultSetHeader>(
    "INSERT INTO product (name, price, currency, image_url) VALUES ('Teh Tarik', '9000.00', 'IDR', 'https://images.example.com/teh-tarik.jpg')",
  );
  productId = inserted.insertId;
  locker = await mysql.createConnection(testEnvironment.DATABASE_URL ?? '');
});
afterAll(async () => {
  await locker.end();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('when the server stops while a handler whose client gave up is still running', () => {
  it('then it waits for that handler before closing the pool, and its write is stored', async () => {
    // The handler's UPDATE waits on this row lock.
    await locker.beginTransaction();
    await locker.query('SELECT id FROM product WHERE id = ? FOR UPDATE', [productId]);
    const gaveUp = new AbortController();
    const patch = server
      .request(`/api/android/v1/product/${productId}`, {
        method: 'PATCH',
        bearer: admin,
        json: { price: 12345 },
        signal: gaveUp.signal,
      })
      .catch((error: unknown) => (error as Error).name);
    await sleep(200);
    gaveUp.abort();
    expect(await patch).toBe('AbortError');
    const stopping = performance.now();
    const closed = server.close();
    await sleep(300);
    await locker.commit();
    await closed;
    // Not cut off at the pool's end: it finished once the lock was free, then the pool closed.
    expect(performance.now() - stopping).toBeGreaterThanOrEqual(290);
    const [rows] = await locker.query<RowDataPacket[]>('SELECT price FROM product WHERE id = ?', [productId]);
    expect(rows[0]?.price).toBe('12345.00');
  });
});
