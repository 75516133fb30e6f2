/**
 * `npm run bench`: throughput and latency of the two product reads, through the real API
 * (contract layer) and through a bare express app calling the same repository, plus the
 * naive list query once for comparison. A report, not a pass/fail test of speed: it exits 0
 * when everything ran, and 1 when any response was not 2xx (or a connection failed).
 *
 *   --products N     live products in the bench catalogue (default 10000)
 *   --duration S     seconds per measurement (default 10), after a --warmup S (default 3)
 *   --connections C  concurrent keep-alive connections (default 50)
 *   --only E         measure only one endpoint: read or list (default: both)
 *   --profile        run the contract server under `node --cpu-prof` and summarise where its
 *                    CPU time goes (the profiler slows it: its figures are then not comparable)
 *   BENCH_DATABASE_URL  default mysql://delivery:delivery@127.0.0.1:3306/delivery_bench
 *
 * Processes: every server runs in its own child process (bench/serve.ts, `fork`ed), and the
 * load generator (autocannon) runs here, in the parent. In one process the load generator and
 * the server would share one event loop: each would queue behind the other's callbacks, the
 * latencies would include autocannon's own work, and the server could never use more than
 * what autocannon leaves of one core. As separate processes each has its own event loop and
 * the OS schedules them on the two cores (shared with mysqld and redis-server, which are on
 * the same machine: the figures are those of a 2-core box doing everything, not of a server
 * with a dedicated load generator). The servers are started once and measured one at a time;
 * an idle server costs nothing.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { RowDataPacket } from 'mysql2/promise';
import { loadConfig } from '../src/config.ts';
import { createPool, defaultDatabaseResilience } from '../src/db/mysql.ts';
import { createRedis } from '../src/db/redis.ts';
import { createProductRepository } from '../handlers/core/product/index.ts';
import { naiveListPage, type ServeMessage, type ServerMode, type StopMessage } from '../bench/serve.ts';
import { summariseProfile } from '../bench/profile.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PER_PAGE = 20;
/** SG-11: p99 budgets of an item read and of a list. */
const BUDGET_MS = { read: 250, list: 400 } as const;
const GOAL_RATIO = 0.8;
const GOAL_P99_MS = 25;

type Endpoint = keyof typeof BUDGET_MS;

// ---------------------------------------------------------------------------------- options

function usage(message: string): never {
  console.error(
    `${message}\nusage: node scripts/bench.ts [--products N] [--duration S] [--warmup S] [--connections C] ` +
      '[--only read|list] [--profile]',
  );
  process.exit(2);
}

const { values: flags } = parseArgs({
  options: {
    products: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
  strict: true,
});

function positive(name: string, text: string, minimum: number, maximum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    usage(`--${name} must be a whole number from ${minimum} to ${maximum}, got '${text}'`);
  }
  return value;
}
const options = {
  products: positive('products', flags.products, 10, 5_000_000),
  duration: positive('duration', flags.duration, 1, 120),
  warmup: positive('warmup', flags.warmup, 0, 60),
  connections: positive('connections', flags.connections, 1, 1000),
  profile: flags.profile,
  endpoints: (flags.only === undefined ? ['read', 'list'] : [flags.only]) as Endpoint[],
};
if (!options.endpoints.every((endpoint) => endpoint in BUDGET_MS))
  usage(`--only must be read or list, got '${flags.only}'`);

const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? 'mysql://delivery:delivery@127.0.0.1:3306/delivery_bench';
/** The environment of every server and of this process's own connections. */
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  APP_ENV: 'development',
  DATABASE_URL: databaseUrl,
  REDIS_KEY_PREFIX: 'delivery-bench:',
  // 2xx requests log at debug: at warn pino-http does its per-request work but writes nothing.
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: '0',
  // Longer than the whole run, so the primed cache does not expire half-way.
  PRODUCT_CACHE_TTL_SECONDS: '3600',
};
const config = loadConfig(serverEnv);
const token = config.appTokens.android;

// ------------------------------------------------------------------------------- database

function step(message: string): void {
  console.log(`\n== ${message}`);
}

step(`database ${new URL(databaseUrl).pathname.slice(1)}: setup and seed`);
const childEnv = { ...process.env, DATABASE_URL: databaseUrl };
execFileSync(process.execPath, [path.join(root, 'scripts/db-setup.ts')], { env: childEnv, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'scripts/seed.ts'), '--products', String(options.products)], {
  env: childEnv,
  stdio: 'inherit',
});

// The SQL-alone comparison times cold, naive statements: not bounded by the API's timeouts.
const pool = createPool(config.databaseUrl, 8, {
  ...defaultDatabaseResilience,
  queryTimeoutMs: 600_000,
  acquireTimeoutMs: 600_000,
});
pool.pool.on('connection', (connection) => {
  connection.query("SET time_zone = '+00:00'");
});
const redis = createRedis(config.redisUrl, config.redisKeyPrefix);
await redis.connect();
const repository = createProductRepository(pool, redis, config.productCacheTtlSeconds);

const [idRows] = await pool.query<RowDataPacket[]>(
  'SELECT id FROM product WHERE deleted_at IS NULL ORDER BY id',
);
const ids = idRows.map((row) => Number(row.id));
const pages = Math.ceil(ids.length / PER_PAGE);
const randomId = (): number => ids[Math.floor(Math.random() * ids.length)] ?? 1;
const randomPage = (): number => 1 + Math.floor(Math.random() * pages);

// Reads are measured on the steady state of the cache-aside: every product in Redis. Stale
// keys of an earlier run go first (the products do not change, but the seed may have).
// Lists too: the 500 pages are cached (60 s) during the warm-up, so the list figures are the
// cached steady state; the "SQL alone" table below measures the uncached query itself.
step(`priming the product cache (${ids.length} products, prefix ${config.redisKeyPrefix})`);
{
  const started = performance.now();
  let cursor = '0';
  let dropped = 0;
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${config.redisKeyPrefix}product:*`,
      'COUNT',
      1000,
    );
    cursor = next;
    if (keys.length > 0) {
      dropped += await redis.del(...keys.map((key) => key.slice(config.redisKeyPrefix.length)));
    }
  } while (cursor !== '0');
  let position = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (position < ids.length) {
        const id = ids[position++];
        if (id !== undefined) await repository.findById(id);
      }
    }),
  );
  console.log(
    `dropped ${dropped} stale keys, cached ${ids.length} products in ${ms(performance.now() - started, 0)} ms`,
  );
}

// ---------------------------------------------------------------------------------- servers

interface Child {
  mode: ServerMode;
  url: string;
  process: ChildProcess;
}

const profileDir = options.profile ? mkdtempSync(path.join(tmpdir(), 'delivery-bench-profile-')) : undefined;

function startChild(mode: ServerMode): Promise<Child> {
  const execArgv = mode === 'contract' && profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = fork(path.join(root, 'bench/serve.ts'), [mode], {
    env: serverEnv,
    execArgv,
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start within 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code} before it was ready`)));
    child.once('message', (message: ServeMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve({ mode, url: message.url, process: child });
      else reject(new Error(`${mode} server failed to start: ${message.error}`));
    });
  });
}

function stopChild(child: Child): Promise<void> {
  return new Promise((resolve) => {
    const { process: server } = child;
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.removeAllListeners('exit');
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (server.connected) server.send({ type: 'stop' } satisfies StopMessage);
    else server.kill('SIGTERM');
  });
}

const pathOf = {
  read: (id: number) => `/api/android/v1/product/${id}`,
  list: (page: number) => `/api/android/v1/product?page=${page}&per_page=${PER_PAGE}`,
};

async function fetchJson(child: Child, target: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(child.url + target, { headers: { 'x-app-token': token } });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

// ------------------------------------------------------------------------------ CPU time

/**
 * CPU time from /proc (Linux; elsewhere the CPU columns stay empty), in ms: of one process
 * (user + system), and of the whole machine (busy = everything but idle and iowait).
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}
function machineBusyMs(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return (ticks.reduce((sum, value) => sum + value, 0) - idle) * TICK_MS;
  } catch {
    return undefined;
  }
}
/** The database and cache servers, when they run on this machine (found by name in /proc). */
function findProcesses(names: readonly string[]): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return names.includes(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}
const databasePids = findProcesses(['mariadbd', 'mysqld']);
const redisPids = findProcesses(['redis-server']);

interface CpuSample {
  at: number;
  server: number | undefined;
  loadGenerator: number | undefined;
  database: number | undefined;
  redis: number | undefined;
  machine: number | undefined;
}
const sumOf = (pids: readonly number[]): number | undefined =>
  pids.length === 0 ? undefined : pids.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);
function sampleCpu(serverPid: number | undefined): CpuSample {
  return {
    at: performance.now(),
    server: processCpuMs(serverPid),
    loadGenerator: processCpuMs(process.pid),
    database: sumOf(databasePids),
    redis: sumOf(redisPids),
    machine: machineBusyMs(),
  };
}
/** Percent of one core used by each, between two samples. */
type CpuShare = Record<Exclude<keyof CpuSample, 'at'>, number | undefined>;
function cpuShare(before: CpuSample, after: CpuSample): CpuShare {
  const elapsed = after.at - before.at;
  const share = (key: keyof CpuShare): number | undefined => {
    const start = before[key];
    const end = after[key];
    return start === undefined || end === undefined ? undefined : ((end - start) / elapsed) * 100;
  };
  return {
    server: share('server'),
    loadGenerator: share('loadGenerator'),
    database: share('database'),
    redis: share('redis'),
    machine: share('machine'),
  };
}

// ------------------------------------------------------------------------------ measuring

interface Measurement {
  endpoint: Endpoint;
  server: ServerMode;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  statusCodes: string;
  errors: number;
  timeouts: number;
  cpu: CpuShare;
}

const problems: string[] = [];

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** One autocannon run; latencies kept exactly (autocannon's histogram rounds to whole ms). */
function run(
  child: Child,
  endpoint: Endpoint,
  seconds: number,
): Promise<Omit<Measurement, 'endpoint' | 'server'>> {
  const latencies: number[] = [];
  const before = sampleCpu(child.process.pid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: child.url,
        connections: options.connections,
        duration: seconds,
        timeout: 10,
        headers: { 'x-app-token': token },
        requests: [
          {
            method: 'GET',
            // A new random product or page for every request, over the whole catalogue.
            setupRequest(request) {
              request.path = endpoint === 'read' ? pathOf.read(randomId()) : pathOf.list(randomPage());
              return request;
            },
          },
        ],
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(inspect(error)));
        const cpu = cpuShare(before, sampleCpu(child.process.pid));
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          requestsPerSecond: result.requests.total / result.duration,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          requests: result.requests.total,
          non2xx: result.non2xx,
          statusCodes: Object.entries(result.statusCodeStats ?? {})
            .map(([code, stats]) => `${code}×${stats.count ?? 0}`)
            .join(' '),
          errors: result.errors,
          timeouts: result.timeouts,
          cpu,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

async function measure(child: Child, endpoint: Endpoint): Promise<Measurement> {
  process.stdout.write(`${endpoint.padEnd(5)} ${child.mode.padEnd(8)} warm-up ${options.warmup} s, `);
  const checks = [];
  if (options.warmup > 0) checks.push({ phase: 'warm-up', ...(await run(child, endpoint, options.warmup)) });
  process.stdout.write(`measuring ${options.duration} s ... `);
  const measured = await run(child, endpoint, options.duration);
  checks.push({ phase: 'measurement', ...measured });
  console.log(`${Math.round(measured.requestsPerSecond)} req/s`);
  for (const check of checks) {
    if (check.non2xx > 0 || check.errors > 0) {
      const problem =
        `${endpoint} on ${child.mode} (${check.phase}): ${check.non2xx} non-2xx responses [${check.statusCodes}], ` +
        `${check.errors} connection errors (${check.timeouts} timeouts)`;
      problems.push(problem);
      console.error(`!!! ${problem}`);
    }
  }
  return { endpoint, server: child.mode, ...measured };
}

// ------------------------------------------------------------------------------------ main

function ms(value: number, digits = 2): string {
  return value.toFixed(digits);
}

function table(rows: readonly (readonly string[])[], rightAligned: readonly number[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((width) => '-'.repeat(width)).join('-|-'), ...body.map(line)].join(
    '\n',
  );
}

/** The same page through the deferred join + counter (the repository) and the naive queries. */
async function sqlComparison(): Promise<string[][]> {
  const depths: [string, number][] = [
    ['first', 1],
    ['middle', Math.ceil(pages / 2)],
    ['last', pages],
  ];
  const rows: string[][] = [
    [
      'page',
      'offset',
      'deferred join + row_count ms',
      'naive LIMIT/OFFSET + COUNT(*) ms',
      'naive / deferred',
    ],
  ];
  const median = async (work: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      if (before) await before();
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    return percentile(Float64Array.from(times.slice(10)).sort(), 0.5);
  };
  for (const [name, page] of depths) {
    const offset = (page - 1) * PER_PAGE;
    // The SQL itself: the repository's cached pages are dropped before each (untimed) call.
    const deferred = await median(
      () => repository.listPage(offset, PER_PAGE),
      () => redis.del('product:list'),
    );
    const naive = await median(() => naiveListPage(pool, offset, PER_PAGE));
    rows.push([`${name} (${page})`, String(offset), ms(deferred), ms(naive), `${ms(naive / deferred, 1)}×`]);
  }
  return rows;
}

const children: Child[] = [];
let exitCode = 0;
try {
  step('starting servers (one child process each)');
  for (const mode of ['contract', 'bare', 'naive'] as const) {
    const child = await startChild(mode);
    children.push(child);
    console.log(
      `${mode.padEnd(8)} ${child.url}${mode === 'contract' && profileDir ? ` (--cpu-prof into ${profileDir})` : ''}`,
    );
  }
  const [contract, bare, naive] = children as [Child, Child, Child];

  // The comparison is only fair if both answer the same thing.
  step('same answers from every server');
  const probes = [
    pathOf.read(ids[0] ?? 1),
    pathOf.read(ids[Math.floor(ids.length / 2)] ?? 1),
    pathOf.read(ids.at(-1) ?? 1),
    pathOf.list(1),
    pathOf.list(Math.ceil(pages / 2)),
    pathOf.list(pages),
  ];
  for (const probe of probes) {
    const expected = await fetchJson(contract, probe);
    const others = probe.includes('?') ? [bare, naive] : [bare];
    const differing: string[] = [];
    for (const other of others) {
      if (!isDeepStrictEqual(await fetchJson(other, probe), expected)) differing.push(other.mode);
    }
    if (expected.status !== 200) problems.push(`probe ${probe}: contract server answered ${expected.status}`);
    if (differing.length > 0) {
      console.error(
        `!!! ${probe}: ${differing.join(', ')} answered differently from contract: the comparison is unfair`,
      );
    } else {
      console.log(`${probe}: ${expected.status}, ${others.length + 1} identical bodies`);
    }
  }

  const [load1, load5] = loadavg();
  console.log(
    `\nmachine: ${availableParallelism()} cores, load average ${load1?.toFixed(1)} (1 min) ${load5?.toFixed(1)} (5 min) ` +
      `before the load; node ${process.version}`,
  );
  step(
    `load: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per measurement; ` +
      `random ids over ${ids.length} products, random pages 1..${pages} (per_page ${PER_PAGE})`,
  );
  const results: Measurement[] = [];
  if (options.endpoints.includes('read')) {
    for (const child of [contract, bare]) results.push(await measure(child, 'read'));
  }
  let sql: string[][] = [];
  if (options.endpoints.includes('list')) {
    for (const child of [contract, bare, naive]) results.push(await measure(child, 'list'));
    step('SQL alone: one list page, median of 50 sequential calls (after 10 warm-up), no load');
    sql = await sqlComparison();
  }

  await Promise.all(children.map(stopChild));
  children.length = 0;

  step('results');
  const rows: string[][] = [
    ['endpoint', 'server', 'req/s', 'p50 ms', 'p99 ms', 'budget ms (SG-11)', 'p99 within budget'],
  ];
  for (const result of results) {
    const budget = BUDGET_MS[result.endpoint];
    const server = result.server === 'naive' ? 'naive (bare, LIMIT/OFFSET + COUNT)' : result.server;
    rows.push([
      result.endpoint,
      server,
      String(Math.round(result.requestsPerSecond)),
      ms(result.p50),
      ms(result.p99),
      String(budget),
      result.p99 < budget ? 'yes' : 'NO',
    ]);
  }
  console.log(table(rows, [2, 3, 4, 5]));
  console.log('');
  for (const endpoint of ['read', 'list'] as const) {
    const of = (server: ServerMode) =>
      results.find((result) => result.endpoint === endpoint && result.server === server);
    const withContract = of('contract');
    const withoutContract = of('bare');
    if (!withContract || !withoutContract) continue;
    const ratio = withContract.requestsPerSecond / withoutContract.requestsPerSecond;
    console.log(
      `${endpoint}: contract/bare throughput ${(ratio * 100).toFixed(0)}% (goal >= ${GOAL_RATIO * 100}%: ${ratio >= GOAL_RATIO ? 'met' : 'NOT met'}); ` +
        `contract p99 ${ms(withContract.p99)} ms (goal < ${GOAL_P99_MS} ms at ${options.connections} connections: ` +
        `${withContract.p99 < GOAL_P99_MS ? 'met' : 'NOT met'})`,
    );
  }
  const deferred = results.find((result) => result.endpoint === 'list' && result.server === 'bare');
  const naiveList = results.find((result) => result.endpoint === 'list' && result.server === 'naive');
  if (deferred && naiveList) {
    console.log(
      `list, deferred join + row_count vs naive LIMIT/OFFSET + COUNT(*) (both bare): ` +
        `${(deferred.requestsPerSecond / naiveList.requestsPerSecond).toFixed(1)}× the throughput, ` +
        `p99 ${ms(deferred.p99)} ms vs ${ms(naiveList.p99)} ms`,
    );
  }
  const percentOrDash = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(0));
  const cpuRows: string[][] = [
    [
      'endpoint',
      'server',
      'server CPU µs/req',
      'server %',
      'autocannon %',
      'mariadbd %',
      'redis %',
      'machine busy %',
      'other processes %',
    ],
  ];
  const distorted: string[] = [];
  for (const result of results) {
    const { cpu } = result;
    // Whatever else ran on the machine meanwhile (other users, builds): it competes for the cores.
    const other =
      cpu.machine === undefined
        ? undefined
        : cpu.machine - (cpu.server ?? 0) - (cpu.loadGenerator ?? 0) - (cpu.database ?? 0) - (cpu.redis ?? 0);
    cpuRows.push([
      result.endpoint,
      result.server,
      cpu.server === undefined ? '-' : ((cpu.server * 10_000) / result.requestsPerSecond).toFixed(0),
      percentOrDash(cpu.server),
      percentOrDash(cpu.loadGenerator),
      percentOrDash(cpu.database),
      percentOrDash(cpu.redis),
      cpu.machine === undefined ? '-' : `${cpu.machine.toFixed(0)} of ${availableParallelism() * 100}`,
      percentOrDash(other),
    ]);
    if (other !== undefined && other > 25)
      distorted.push(`${result.endpoint}/${result.server} ${other.toFixed(0)}%`);
  }
  console.log(
    `\nCPU during each measurement (% of one core; /proc, 10 ms resolution):\n${table(cpuRows, [2, 3, 4, 5, 6, 7, 8])}`,
  );
  if (distorted.length > 0) {
    console.log(
      `!!! other processes used the CPU during: ${distorted.join(', ')} (% of one core): ` +
        'those figures are lower than this code on a quiet machine would give',
    );
  }
  if (sql.length > 0) {
    console.log(
      `\nOne list page, SQL alone (no HTTP, no load): median ms of 50 sequential calls\n${table(sql, [1, 2, 3, 4])}`,
    );
  }
  if (options.profile) {
    console.log(
      '\n(--profile: the contract server ran under the profiler; its figures above are not comparable)',
    );
  }

  if (profileDir) {
    step('where the contract server spends its CPU (node --cpu-prof, whole run)');
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (file) console.log(summariseProfile(path.join(profileDir, file), root));
    else console.log(`no profile was written into ${profileDir}`);
  }

  if (problems.length > 0) {
    exitCode = 1;
    console.error(
      `\n!!! FAILED: not every response was 2xx:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
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
