/**
 * Product read and list through the contract server and the bare express server (and, for the
 * list, the naive query), in interleaved rounds: contract, bare, contract, bare ... so that a
 * burst of other work on the shared machine falls on both. Reads hit the primed cache-aside
 * (every product in Redis); list pages are cached by the warm-up. Each window reports req/s,
 * p50/p99 and the server's CPU time per request measured inside the server. Then contract and
 * bare once more at one fixed rate both sustain, paced evenly by wrk when installed: the steadier
 * CPU-per-request ratio, and the p99 of a request at that rate.
 */
import { isDeepStrictEqual } from 'node:util';
import { createProductRepository } from '../../handlers/core/product/index.ts';
import type { BenchContext } from '../context.ts';
import { liveProductIds } from '../dataset.ts';
import { ms, showSpread, spread, step, table } from '../format.ts';
import { measureWindow, type NextRequest, type Window } from '../load.ts';
import { hasWrk, measureAtRate } from '../paced.ts';
import { otherShare } from '../proc-cpu.ts';
import type { ServerChild } from '../server-process.ts';

const PER_PAGE = 20;
type Endpoint = 'read' | 'list';

export interface ReadListServers {
  contract: ServerChild;
  bare: ServerChild;
  naive: ServerChild;
  /** The contract server with METRICS_ENABLED=false: what the metrics cost (issue 12's goal: <= 5%). */
  noMetrics: ServerChild;
}

const pathOf = {
  read: (id: number) => `/api/android/v1/product/${id}`,
  list: (page: number) => `/api/android/v1/product?page=${page}&per_page=${PER_PAGE}`,
};

async function primeCache(context: BenchContext, ids: readonly number[]): Promise<void> {
  const { redis, config } = context;
  const repository = createProductRepository(context.pool, redis, config.productCacheTtlSeconds);
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
    if (keys.length > 0)
      dropped += await redis.del(...keys.map((key) => key.slice(config.redisKeyPrefix.length)));
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

async function fetchJson(context: BenchContext, child: ServerChild, target: string): Promise<unknown> {
  const response = await fetch(child.url + target, { headers: { 'x-app-token': context.appToken } });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The comparison is only fair if every server answers the same thing. */
async function sameAnswers(context: BenchContext, servers: ReadListServers, probes: string[]): Promise<void> {
  for (const probe of probes) {
    const expected = await fetchJson(context, servers.contract, probe);
    const others = probe.includes('?')
      ? [servers.noMetrics, servers.bare, servers.naive]
      : [servers.noMetrics, servers.bare];
    const differing: string[] = [];
    for (const other of others) {
      if (!isDeepStrictEqual(await fetchJson(context, other, probe), expected)) differing.push(other.label);
    }
    if (differing.length > 0) {
      context.problems.push(`${probe}: ${differing.join(', ')} answered differently from contract`);
      console.error(
        `!!! ${probe}: ${differing.join(', ')} answered differently from contract: the comparison is unfair`,
      );
    } else console.log(`${probe}: ${others.length + 1} identical answers`);
  }
}

function checkWindow(context: BenchContext, what: string, window: Window): void {
  if (window.non2xx > 0 || window.errors > 0) {
    const message = `${what} on ${window.server}: ${window.non2xx} non-2xx, ${window.errors} connection errors`;
    context.problems.push(message);
    console.error(`!!! ${message}`);
  }
}

export async function runReadList(context: BenchContext, servers: ReadListServers): Promise<void> {
  const { options } = context;
  const endpoints = (['read', 'list'] as const).filter((name) => options.scenarios.includes(name));
  const ids = await liveProductIds(context.pool);
  const pages = Math.ceil(ids.length / PER_PAGE);
  step(`read/list: priming the product cache (${ids.length} products)`);
  await primeCache(context, ids);
  step('read/list: same answers from every server');
  await sameAnswers(context, servers, [
    pathOf.read(ids[0] ?? 1),
    pathOf.read(ids.at(-1) ?? 1),
    pathOf.list(1),
    pathOf.list(Math.ceil(pages / 2)),
    pathOf.list(pages),
  ]);

  const randomOf =
    (endpoint: Endpoint): NextRequest =>
    () => ({
      method: 'GET',
      path:
        endpoint === 'read'
          ? pathOf.read(ids[Math.floor(Math.random() * ids.length)] ?? 1)
          : pathOf.list(1 + Math.floor(Math.random() * pages)),
    });
  const settings = (seconds: number) => ({
    connections: options.connections,
    seconds,
    appToken: context.appToken,
  });
  const serversOf = (endpoint: Endpoint): ServerChild[] =>
    endpoint === 'read'
      ? [servers.contract, servers.noMetrics, servers.bare]
      : [servers.contract, servers.noMetrics, servers.bare, servers.naive];

  step(
    `read/list: ${options.connections} connections, ${options.warmup} s warm-up per server, then ${options.rounds} ` +
      `interleaved round(s) of ${options.duration} s; random ids over ${ids.length} products, random pages 1..${pages}`,
  );
  for (const endpoint of endpoints) {
    for (const child of serversOf(endpoint)) {
      if (options.warmup > 0)
        checkWindow(
          context,
          `${endpoint} warm-up`,
          await measureWindow(child, randomOf(endpoint), settings(options.warmup)),
        );
    }
  }
  const windows = new Map<string, Window[]>();
  for (let round = 1; round <= options.rounds; round++) {
    for (const endpoint of endpoints) {
      for (const child of serversOf(endpoint)) {
        const window = await measureWindow(child, randomOf(endpoint), settings(options.duration));
        checkWindow(context, endpoint, window);
        const key = `${endpoint}/${child.label}`;
        windows.set(key, [...(windows.get(key) ?? []), window]);
        console.log(
          `round ${round} ${endpoint.padEnd(4)} ${child.label.padEnd(8)} ${Math.round(window.requestsPerSecond)} req/s, ` +
            `${window.cpuMicrosPerRequest.toFixed(0)} µs CPU/req, p99 ${ms(window.p99)} ms, other processes ${otherShare(window.cpu)?.toFixed(0) ?? '-'}% of a core`,
        );
      }
    }
  }
  report(context, endpoints, windows);
  const targetsOf = (endpoint: Endpoint): string[] =>
    endpoint === 'read'
      ? ids.map((id) => pathOf.read(id))
      : Array.from({ length: pages }, (_, index) => pathOf.list(index + 1));
  await sameRate(context, endpoints, windows, (endpoint, label, rate) =>
    measureAtRate(servers[label], targetsOf(endpoint), {
      ...settings(options.duration),
      requestsPerSecond: rate,
    }),
  );
}

/**
 * Contract and bare again, interleaved, at one offered rate both sustain (60% of the contract's
 * slowest round): at full speed the slower server batches less per event-loop turn and loses more
 * to a crowded machine, which inflates its CPU per request beyond what the contract layer costs.
 */
async function sameRate(
  context: BenchContext,
  endpoints: readonly Endpoint[],
  saturated: ReadonlyMap<string, Window[]>,
  measure: (endpoint: Endpoint, label: 'contract' | 'bare', rate: number) => Promise<Window>,
): Promise<void> {
  for (const endpoint of endpoints) {
    const contractRounds = saturated.get(`${endpoint}/contract`) ?? [];
    if (contractRounds.length === 0) continue;
    const rate = Math.max(50, Math.floor(0.6 * Math.min(...contractRounds.map((w) => w.requestsPerSecond))));
    // wrk spreads the requests over each second (bench/paced.ts): its p99 is a request's wait at
    // this rate. autocannon, without wrk, sends each second's share at once: its p99 is that
    // burst's queue, not the server's latency.
    const paced = hasWrk();
    step(
      `${endpoint}: contract and bare at the same ${rate} req/s offered, ${context.options.connections} connections, ` +
        `${context.options.rounds} interleaved round(s), ` +
        (paced
          ? 'paced evenly by wrk (its CPU counts as other processes)'
          : "by autocannon (wrk is not installed: the p99 measures autocannon's per-second bursts)"),
    );
    const ratios: number[] = [];
    const p99s: Record<'contract' | 'bare', number[]> = { contract: [], bare: [] };
    for (let round = 1; round <= context.options.rounds; round++) {
      const pair: Window[] = [];
      for (const label of ['contract', 'bare'] as const) {
        const window = await measure(endpoint, label, rate);
        checkWindow(context, `${endpoint} at ${rate} req/s`, window);
        pair.push(window);
        p99s[label].push(window.p99);
        console.log(
          `round ${round} ${endpoint.padEnd(4)} ${label.padEnd(8)} ${Math.round(window.requestsPerSecond)} req/s, ` +
            `${window.cpuMicrosPerRequest.toFixed(0)} µs CPU/req, p99 ${ms(window.p99)} ms, other processes ${otherShare(window.cpu)?.toFixed(0) ?? '-'}% of a core`,
        );
      }
      ratios.push(
        (pair[0]?.cpuMicrosPerRequest ?? Number.NaN) / (pair[1]?.cpuMicrosPerRequest ?? Number.NaN),
      );
    }
    const goal = endpoint === 'read' ? 1.1 : 1.05;
    const cpu = spread(ratios);
    const line = `${endpoint} at the same ${rate} req/s: contract/bare CPU/request ${showSpread(cpu, 2)} (goal <= ${goal}: ${cpu.median <= goal ? 'met' : 'NOT met'})`;
    console.log(line);
    context.figures.push(line);
    if (!paced) continue;
    const p99Goal = endpoint === 'read' ? 10 : 20;
    const contractP99 = spread(p99s.contract);
    const latency =
      `${endpoint} at the same ${rate} req/s, paced: p99 contract ${showSpread(contractP99, 2)} ms, ` +
      `bare ${showSpread(spread(p99s.bare), 2)} ms (goal <= ${p99Goal} ms at ${context.options.connections} connections: ` +
      `${contractP99.median <= p99Goal ? 'met' : 'NOT met'})`;
    console.log(latency);
    context.figures.push(latency);
  }
}

function report(context: BenchContext, endpoints: readonly Endpoint[], windows: Map<string, Window[]>): void {
  step(`read/list results: medians of ${context.options.rounds} round(s) (min-max)`);
  const rows = [
    [
      'endpoint',
      'server',
      'req/s',
      'server CPU µs/req',
      'p50 ms',
      'p99 ms',
      'server % core',
      'mariadbd %',
      'redis %',
      'other %',
    ],
  ];
  for (const [key, list] of windows) {
    const [endpoint, server] = key.split('/');
    rows.push([
      endpoint ?? '',
      server ?? '',
      showSpread(spread(list.map((w) => w.requestsPerSecond))),
      showSpread(spread(list.map((w) => w.cpuMicrosPerRequest))),
      showSpread(spread(list.map((w) => w.p50)), 2),
      showSpread(spread(list.map((w) => w.p99)), 2),
      spread(list.map((w) => w.cpu.server ?? Number.NaN)).median.toFixed(0),
      spread(list.map((w) => w.cpu.database ?? Number.NaN)).median.toFixed(0),
      spread(list.map((w) => w.cpu.redis ?? Number.NaN)).median.toFixed(0),
      spread(list.map((w) => otherShare(w.cpu) ?? Number.NaN)).median.toFixed(0),
    ]);
  }
  console.log(table(rows, [2, 3, 4, 5, 6, 7, 8, 9]));
  for (const endpoint of endpoints) {
    const contract = windows.get(`${endpoint}/contract`) ?? [];
    const bare = windows.get(`${endpoint}/bare`) ?? [];
    if (contract.length === 0 || bare.length === 0) continue;
    // Per round, so that both sides of a ratio saw the same machine.
    const throughput = spread(
      contract.map((w, i) => w.requestsPerSecond / (bare[i]?.requestsPerSecond ?? Number.NaN)),
    );
    const cpu = spread(
      contract.map((w, i) => w.cpuMicrosPerRequest / (bare[i]?.cpuMicrosPerRequest ?? Number.NaN)),
    );
    const goal = endpoint === 'read' ? 1.1 : 1.05;
    const p99 = spread(contract.map((w) => w.p99)).median;
    const line =
      `${endpoint}: contract/bare req/s ${showSpread(throughput, 2)}, CPU/request ${showSpread(cpu, 2)} ` +
      `(goal <= ${goal}: ${cpu.median <= goal ? 'met' : 'NOT met'}); contract ${showSpread(spread(contract.map((w) => w.requestsPerSecond)))} req/s, ` +
      `${spread(contract.map((w) => w.cpuMicrosPerRequest)).median.toFixed(0)} µs CPU/req, p50 ${ms(spread(contract.map((w) => w.p50)).median)} ms, p99 ${ms(p99)} ms`;
    console.log(line);
    context.figures.push(line);
  }
  for (const endpoint of endpoints) {
    const contract = windows.get(`${endpoint}/contract`) ?? [];
    const off = windows.get(`${endpoint}/no-metrics`) ?? [];
    if (contract.length === 0 || off.length === 0) continue;
    const throughput = spread(
      contract.map((w, i) => w.requestsPerSecond / (off[i]?.requestsPerSecond ?? Number.NaN)),
    );
    const cpu = spread(
      contract.map((w, i) => w.cpuMicrosPerRequest / (off[i]?.cpuMicrosPerRequest ?? Number.NaN)),
    );
    const line =
      `${endpoint}: metrics on/off req/s ${showSpread(throughput, 2)}, CPU/request ${showSpread(cpu, 2)} ` +
      `(goal: throughput >= 0.95: ${throughput.median >= 0.95 ? 'met' : 'NOT met'})`;
    console.log(line);
    context.figures.push(line);
  }
  const naive = windows.get('list/naive');
  const bareList = windows.get('list/bare');
  if (naive && bareList) {
    const line = `list naive (OFFSET + COUNT(*), bare): ${showSpread(spread(naive.map((w) => w.requestsPerSecond)))} req/s, p99 ${ms(spread(naive.map((w) => w.p99)).median)} ms, ${spread(naive.map((w) => w.cpuMicrosPerRequest)).median.toFixed(0)} µs CPU/req`;
    console.log(line);
    context.figures.push(line);
  }
}
