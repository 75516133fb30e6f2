/**
 * `node scripts/signin-flood.ts`: does a wrong-password flood starve the API? Starts the real
 * server (its own process, bench/serve.ts) and measures product reads per second alone
 * (autocannon, 20 connections, 10 s), then the same while wrong passwords arrive at ~30/s from
 * 5 connections, then from 20 connections; prints each ratio to the reads alone (goal >= 70%).
 * Three interleaved rounds (SIGNIN_FLOOD_ROUNDS), medians. A report, not a test. The flood uses a new unknown phone number each time and the server
 * runs with a per-address limit too high to trip, so every request reaches argon2: what is
 * measured is the verification gate (PASSWORD_VERIFY_CONCURRENCY/QUEUE), as under a botnet.
 * Environment: SIGNIN_FLOOD_DATABASE_URL (default ..._bench_signin), SIGNIN_FLOOD_REDIS_URL;
 * PASSWORD_VERIFY_CONCURRENCY and PASSWORD_VERIFY_QUEUE pass through to the server.
 */
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { liveProductIds, seedCatalogue, setupDatabase } from '../bench/dataset.ts';
import { createPool, defaultDatabaseResilience } from '../src/db/mysql.ts';
import { startChild, stopChild } from '../bench/server-process.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = 10;
const READ_CONNECTIONS = 20;
const FLOOD_PER_SECOND = 30;
const ROUNDS = Number(process.env.SIGNIN_FLOOD_ROUNDS ?? 3);
const databaseUrl =
  process.env.SIGNIN_FLOOD_DATABASE_URL ?? 'mysql://delivery:delivery@127.0.0.1:3306/delivery_bench_signin';
const env: NodeJS.ProcessEnv = {
  ...process.env,
  APP_ENV: 'development',
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.SIGNIN_FLOOD_REDIS_URL ?? 'redis://127.0.0.1:6379/6',
  REDIS_KEY_PREFIX: 'delivery-signin-flood:',
  LOG_LEVEL: 'warn',
  METRICS_PORT: '0',
  PORT: '0',
  HOST: '127.0.0.1',
  SERVICES: '',
  SIGNIN_FAILURES_PER_ADDRESS: '1000000',
};
const appToken = loadConfig(env).appTokens.android;

interface Figures {
  readsPerSecond: number;
  readP99: number;
  readErrors: number;
  flood?: { sent: number; statuses: Record<string, number>; p99: number };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error: unknown, result) => {
      if (error) reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
      else resolve(result);
    });
  });
}

async function measure(url: string, floodConnections: number, ids: number[]): Promise<Figures> {
  const reads = run({
    url,
    connections: READ_CONNECTIONS,
    duration: SECONDS,
    headers: { 'x-app-token': appToken },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `/api/android/v1/product/${ids[randomInt(ids.length)]}`,
        }),
      },
    ],
  });
  const flood =
    floodConnections === 0
      ? undefined
      : run({
          url,
          connections: floodConnections,
          duration: SECONDS,
          overallRate: FLOOD_PER_SECOND,
          headers: { 'x-app-token': appToken, 'content-type': 'application/x-www-form-urlencoded' },
          requests: [
            {
              method: 'POST',
              path: '/api/android/v1/oauth/token',
              // A new unknown number each time: the per-account lock never trips (decoy hash).
              setupRequest: (request) => ({
                ...request,
                body: new URLSearchParams({
                  grant_type: 'password',
                  username: `+628${randomInt(10 ** 9, 10 ** 10)}`,
                  password: 'wrong password',
                }).toString(),
              }),
            },
          ],
        });
  const [read, flooded] = await Promise.all([reads, flood]);
  const statuses = (result: autocannon.Result): Record<string, number> =>
    Object.fromEntries(
      Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(([code, { count }]) => [
        code,
        count,
      ]),
    );
  return {
    readsPerSecond: read.requests.average,
    readP99: read.latency.p99,
    readErrors: read.errors + read.non2xx,
    flood: flooded && { sent: flooded.requests.total, statuses: statuses(flooded), p99: flooded.latency.p99 },
  };
}

setupDatabase(root, databaseUrl);
seedCatalogue(root, databaseUrl, 1000);
const pool = createPool(databaseUrl, 1, defaultDatabaseResilience);
const ids = await liveProductIds(pool);
await pool.end();
const child = await startChild('contract', env);
try {
  // Warm-up: caches, JIT, the decoy hash.
  await measure(child.url, 5, ids).catch(() => undefined);
  // Interleaved rounds, compared by median: the machine is shared and single windows are noisy.
  const shapes = [0, 5, 20];
  const results = new Map<number, Figures[]>(shapes.map((shape) => [shape, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const connections of shapes)
      results.get(connections)?.push(await measure(child.url, connections, ids));
  }
  const median = (figures: Figures[]): Figures =>
    [...figures].sort((a, b) => a.readsPerSecond - b.readsPerSecond)[
      Math.floor(figures.length / 2)
    ] as Figures;
  const alone = median(results.get(0) ?? []);
  const server = loadConfig(env);
  const verify = `PASSWORD_VERIFY_CONCURRENCY=${server.passwordVerifyConcurrency} PASSWORD_VERIFY_QUEUE=${server.passwordVerifyQueue} PASSWORD_VERIFY_PER_SECOND=${server.passwordVerifyPerSecond} UV_THREADPOOL_SIZE=${env.UV_THREADPOOL_SIZE ?? '4'}`;
  console.log(
    `\nproduct reads, ${READ_CONNECTIONS} connections, ${SECONDS} s windows, median of ${ROUNDS} interleaved rounds; ${verify}`,
  );
  for (const connections of shapes) {
    const all = results.get(connections) ?? [];
    const figures = median(all);
    const label =
      connections === 0 ? 'reads alone' : `+ flood ${FLOOD_PER_SECOND}/s, ${connections} connections`;
    const ratio = ((figures.readsPerSecond / alone.readsPerSecond) * 100).toFixed(0);
    const flood = figures.flood
      ? `; flood: ${figures.flood.sent} sent ${JSON.stringify(figures.flood.statuses)} p99 ${figures.flood.p99} ms`
      : '';
    const rounds = all.map((one) => one.readsPerSecond.toFixed(0)).join('/');
    console.log(
      `${label.padEnd(34)} ${figures.readsPerSecond.toFixed(0).padStart(6)} req/s (${ratio}%) [${rounds}] p99 ${figures.readP99} ms, ${figures.readErrors} errors${flood}`,
    );
  }
} finally {
  await stopChild(child);
}
