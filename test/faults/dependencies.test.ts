/**
 * MariaDB and Redis stopped and frozen while the app serves (private instances on spare ports):
 * what needs the dependency answers 503 with the style guide's body and Retry-After within
 * 1 s, product reads fall through to MariaDB when Redis is gone, /readyz fails fast, and the
 * app recovers by itself when the dependency returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultSetHeader } from 'mysql2/promise';
import { batch } from '../../src/db/mysql.ts';
import { DependencyUnavailableError } from '../../src/errors.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startMariadb, startRedis, type Instance } from '../support/instances.ts';
import { phoneNumber } from '../support/auth.ts';
import { until } from '../support/gateway.ts';

const BOUND_MS = 1000;
const ROUNDS = 50;

let mariadb: Instance;
let redis: Instance;
let app: TestServer;
let productId: number;

beforeAll(async () => {
  [mariadb, redis] = await Promise.all([startMariadb(), startRedis()]);
  app = await startTestServer({ databaseUrl: mariadb.url, redisUrl: redis.url });
  const [inserted] = await app.pool.query<ResultSetHeader>(
    "INSERT INTO product (name, price, currency, image_url) VALUES ('Es Teh', '5000.00', 'IDR', 'https://images.example.com/es-teh.jpg')",
  );
  productId = inserted.insertId;
}, 90_000);

afterAll(async () => {
  await app.close();
  await Promise.all([mariadb.destroy(), redis.destroy()]);
});

const readProduct = () => app.request(`/api/android/v1/product/${productId}`);
const readMissingProduct = () => app.request('/api/android/v1/product/999999');
const register = () =>
  app.request('/api/android/v1/account', {
    method: 'POST',
    json: { phone_number: phoneNumber(), password: 'a good password', role: 'user' },
  });

function p99(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.99) - 1] ?? Number.NaN;
}

/** Sends ROUNDS requests one after another; each must answer `status` within BOUND_MS. */
async function expectEach(
  what: string,
  send: () => Promise<Response>,
  check: (response: Response) => Promise<void>,
): Promise<void> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const response = await send();
    await check(response);
    times.push(performance.now() - started);
  }
  console.info(`${what}: p99 ${p99(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  expect(Math.max(...times), `${what}: slowest answer`).toBeLessThan(BOUND_MS);
}

const unavailable = (dependency: string) => async (response: Response) => {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
  expect(await response.json()).toEqual({ message: `the ${dependency} is unavailable; try again shortly` });
};

const served = async (response: Response) => {
  expect(response.status).toBe(200);
  expect(((await response.json()) as { data: { id: number } }).data.id).toBe(productId);
};

async function expectNotReady(failing: string): Promise<void> {
  const started = performance.now();
  const response = await app.request('/readyz');
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  expect(response.status).toBe(503);
  expect(((await response.json()) as { message: string }).message).toBe(`not ready: ${failing}`);
}

async function expectRecovery(): Promise<void> {
  // Commands a frozen Redis received still run when it thaws (the timed-out registrations
  // count against the per-address limit): Redis works again when the limit answers, 201 or 429.
  await until(
    async () => [201, 429].includes((await register()).status),
    'registration to work again',
    15_000,
  );
  await until(async () => (await readMissingProduct()).status === 404, 'MariaDB reads to work again', 15_000);
  expect((await app.request('/readyz')).status).toBe(200);
}

describe('when Redis is stopped', () => {
  it('then what needs Redis answers 503 fast, product reads come from MariaDB, and it recovers', async () => {
    await redis.stop();
    await expectEach('redis down: registration', register, unavailable('session store'));
    await expectEach('redis down: product read', readProduct, served);
    await expectNotReady('redis');
    await redis.start();
    await expectRecovery();
  }, 60_000);
});

describe('when Redis is frozen', () => {
  it('then what needs Redis answers 503 fast, product reads come from MariaDB, and it recovers', async () => {
    await redis.freeze();
    try {
      await expectEach('redis frozen: registration', register, unavailable('session store'));
      await expectEach('redis frozen: product read', readProduct, served);
      await expectNotReady('redis');
    } finally {
      redis.thaw();
    }
    await expectRecovery();
  }, 60_000);
});

describe('when MariaDB is stopped', () => {
  it('then reads that need it answer 503 fast, and it recovers', async () => {
    await mariadb.stop();
    await expectEach('mariadb down: product read (miss)', readMissingProduct, unavailable('database'));
    await expectNotReady('mysql');
    await mariadb.start();
    await expectRecovery();
  }, 60_000);
});

describe('when MariaDB is frozen', () => {
  it('then a batch of statements (an order in two round trips) gives up within its timeout as a 503', async () => {
    const connection = await app.pool.getConnection();
    await mariadb.freeze();
    try {
      const started = performance.now();
      const failure = await batch(connection, [
        { sql: 'START TRANSACTION' },
        { sql: 'SELECT id FROM product WHERE id = ? LOCK IN SHARE MODE', values: [productId] },
      ]).catch((error: unknown) => error);
      expect(performance.now() - started, 'the batch gave up').toBeLessThan(BOUND_MS);
      expect(failure).toBeInstanceOf(DependencyUnavailableError);
      expect((failure as DependencyUnavailableError).dependency).toBe('database');
    } finally {
      mariadb.thaw();
      connection.release();
    }
    await expectRecovery();
  }, 60_000);

  it('then reads that need it answer 503 fast, and it recovers', async () => {
    await mariadb.freeze();
    try {
      await expectEach('mariadb frozen: product read (miss)', readMissingProduct, unavailable('database'));
      await expectNotReady('mysql');
    } finally {
      mariadb.thaw();
    }
    await expectRecovery();
  }, 60_000);
});
