/**
 * `npm run bench`: a report of what the API costs, not a pass/fail test of speed. It exits 0
 * when everything ran, and 1 when any response was not 2xx, a connection failed, or the rows a
 * write created do not add up. Scenarios (bench/scenarios/, `--only a,b`):
 *   read, list  product read and list: contract server vs bare express (and the naive list),
 *               interleaved rounds, req/s, p50/p99 and server CPU per request, with ratios;
 *   order       order creation (user service), rows checked exact, what bounds it;
 *   accept      a driver accepting an order (driver service), rows checked exact;
 *   token       token issue, password grant (argon2);
 *   offers      offers near a driver (Redis GEO location, then SQL);
 *   growth      the list at 10k/100k/1M products and offers at 1k/10k/100k driver locations;
 *   report      the back office's order report over 1M orders (a day, a month, a year);
 *   startup     process start to the first 200 on /readyz, beyond Node's own start.
 * Options: bench/options.ts (`--duration 2 --rounds 1` for a smoke run).
 * Environment: BENCH_DATABASE_URL (default mysql://delivery:delivery@127.0.0.1:3306/delivery_bench;
 * growth adds <name>_products_<N> beside it), BENCH_REDIS_URL (default redis://127.0.0.1:6379/0),
 * BENCH_REDIS_KEY_PREFIX (default delivery-bench:).
 *
 * Every server runs in its own child process (bench/serve.ts) and the load generator
 * (autocannon) here: the figures are those of a 2-core box doing everything (server, MariaDB,
 * Redis, load generator), not of a server with a dedicated load generator.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { createPool, defaultDatabaseResilience } from '../src/db/mysql.ts';
import { createRedis } from '../src/db/redis.ts';
import type { BenchContext } from '../bench/context.ts';
import { seedCatalogue, setupDatabase } from '../bench/dataset.ts';
import { step } from '../bench/format.ts';
import { parseOptions } from '../bench/options.ts';
import { summariseProfile } from '../bench/profile.ts';
import { startChild, stopChild, type ServerChild } from '../bench/server-process.ts';
import { runAccept } from '../bench/scenarios/accept.ts';
import { runGrowth } from '../bench/scenarios/growth.ts';
import { runOffers } from '../bench/scenarios/offers.ts';
import { runOrder } from '../bench/scenarios/order.ts';
import { runReadList } from '../bench/scenarios/read-list.ts';
import { runReport } from '../bench/scenarios/report.ts';
import { runStartup } from '../bench/scenarios/startup.ts';
import { runToken } from '../bench/scenarios/token.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const options = parseOptions();
const wants = (...names: string[]): boolean =>
  names.some((name) => (options.scenarios as string[]).includes(name));

const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? 'mysql://delivery:delivery@127.0.0.1:3306/delivery_bench';
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  APP_ENV: 'development',
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
  REDIS_KEY_PREFIX: process.env.BENCH_REDIS_KEY_PREFIX ?? 'delivery-bench:',
  // 2xx requests log at debug: at warn the request log line is never built.
  LOG_LEVEL: 'warn',
  // Each server process picks a free metrics port (two contract servers run side by side).
  METRICS_PORT: '0',
  HOST: '127.0.0.1',
  PORT: '0',
  SERVICES: '',
  // Longer than the whole run, so the primed cache does not expire half-way.
  PRODUCT_CACHE_TTL_SECONDS: '3600',
  // The bench signs its users in at once and measures argon2 itself (token issue): the
  // production budget of password checks per second (issue 10) is off, as in the tests.
  PASSWORD_VERIFY_PER_SECOND: '0',
  PASSWORD_VERIFY_QUEUE: '1000',
};
const config = loadConfig(serverEnv);

step(`database ${new URL(databaseUrl).pathname.slice(1)}: setup and seed`);
setupDatabase(root, databaseUrl);
seedCatalogue(root, databaseUrl, options.products);

// The SQL-alone comparison times cold, naive statements: not bounded by the API's timeouts.
// Nor is the harness's own queue shed: the accept scenario's hand-overs (one per 201) queued
// past the API's 100 when accepts outran 8 connections, and the breaker then failed the rest.
const pool = createPool(config.databaseUrl, 8, {
  ...defaultDatabaseResilience,
  queryTimeoutMs: 600_000,
  acquireTimeoutMs: 600_000,
  queueLimit: 0,
});
pool.pool.on('connection', (connection) => {
  connection.query("SET time_zone = '+00:00'");
});
const redis = createRedis(config.redisUrl, config.redisKeyPrefix);
await redis.connect();

const context: BenchContext = {
  root,
  options,
  databaseUrl,
  serverEnv,
  config,
  pool,
  redis,
  appToken: config.appTokens.android,
  problems: [],
  figures: [],
};

const [load1, load5] = loadavg();
console.log(
  `\nmachine: ${availableParallelism()} cores, load average ${load1?.toFixed(1)} (1 min) ${load5?.toFixed(1)} (5 min); ` +
    `node ${process.version}; ${options.connections} connections, ${options.duration} s windows, ${options.rounds} round(s)`,
);

const profileDir = options.profile ? mkdtempSync(path.join(tmpdir(), 'delivery-bench-profile-')) : undefined;
const children: ServerChild[] = [];
const started = async (child: Promise<ServerChild>): Promise<ServerChild> => {
  const running = await child;
  children.push(running);
  return running;
};
let exitCode = 0;
try {
  step('starting servers (one child process each)');
  const contract = await started(
    startChild('contract', serverEnv, {
      execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    }),
  );
  if (wants('read', 'list')) {
    const bare = await started(startChild('bare', serverEnv));
    const naive = await started(startChild('naive', serverEnv));
    const noMetrics = await started(
      startChild('contract', { ...serverEnv, METRICS_ENABLED: 'false' }, { label: 'no-metrics' }),
    );
    await runReadList(context, { contract, bare, naive, noMetrics });
  }
  if (wants('order')) await runOrder(context, contract);
  if (wants('accept')) await runAccept(context, contract);
  if (wants('token')) await runToken(context, contract);
  if (wants('offers')) await runOffers(context, contract);
  if (wants('growth')) await runGrowth(context, contract);
  if (wants('report')) await runReport(context);
  // Requests cut off at the last window's end are still running in the server: let them finish
  // before it closes its database pool under them.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await Promise.all(children.map(stopChild));
  children.length = 0;
  if (wants('startup')) await runStartup(context);

  step('figures');
  for (const figure of context.figures) console.log(figure);
  if (profileDir) {
    step(
      'where the contract server spent its CPU (node --cpu-prof, whole run; its figures are not comparable)',
    );
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    console.log(
      file
        ? summariseProfile(path.join(profileDir, file), root)
        : `no profile was written into ${profileDir}`,
    );
  }
  if (context.problems.length > 0) {
    exitCode = 1;
    console.error(`\n!!! FAILED:\n${context.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
} catch (error) {
  exitCode = 1;
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}`);
} finally {
  await Promise.all(children.map(stopChild));
  await pool.end();
  redis.disconnect();
}
process.exit(exitCode);
