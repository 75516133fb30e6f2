/**
 * Growth: the product list at each catalogue size (10k, 100k, 1M by default), each in its own
 * bench database, seeded once and reused, and served by its own contract server (its own Redis
 * key prefix, so the list caches do not mix). For the first, middle and last page: p50/p99
 * through HTTP under load (a fixed page is cached after its first request: that is the served
 * path), and the repository's SQL alone with its cache dropped before each call. Then offers
 * at each number of driver locations. The verdict: p99 at the largest over the smallest size.
 */
import { createProductRepository } from '../../handlers/core/product/index.ts';
import { createPool, defaultDatabaseResilience } from '../../src/db/mysql.ts';
import { createRedis } from '../../src/db/redis.ts';
import type { BenchContext } from '../context.ts';
import { setupDatabase, siblingDatabase, topUpProducts } from '../dataset.ts';
import { ms, percentile, step, table } from '../format.ts';
import { measureWindow } from '../load.ts';
import { startChild, stopChild, type ServerChild } from '../server-process.ts';
import { offersGrowth } from './offers.ts';
import { settingsOf } from './writes.ts';

const PER_PAGE = 20;
const SQL_CALLS = 40;
const depths = ['first', 'middle', 'last'] as const;
type Depth = (typeof depths)[number];

interface Point {
  size: number;
  depth: Depth;
  httpP50: number;
  httpP99: number;
  sqlP50: number;
  sqlP99: number;
}

async function measureSize(context: BenchContext, size: number): Promise<Point[]> {
  const databaseUrl = siblingDatabase(context.databaseUrl, `products_${size}`);
  setupDatabase(context.root, databaseUrl);
  // Seeding and the SQL-alone timings on a loaded machine: not bounded by the API's timeouts.
  const pool = createPool(databaseUrl, 4, {
    ...defaultDatabaseResilience,
    queryTimeoutMs: 600_000,
    acquireTimeoutMs: 600_000,
  });
  const prefix = `${context.config.redisKeyPrefix}g${size}:`;
  const redis = createRedis(context.config.redisUrl, prefix);
  let child: ServerChild | undefined;
  try {
    await redis.connect();
    const seeded = await topUpProducts(pool, size);
    console.log(
      `${new URL(databaseUrl).pathname.slice(1)}: ${seeded.live} live products` +
        (seeded.added > 0 ? ` (${seeded.added} added in ${(seeded.ms / 1000).toFixed(1)} s)` : ' (reused)'),
    );
    child = await startChild(
      'contract',
      { ...context.serverEnv, DATABASE_URL: databaseUrl, REDIS_KEY_PREFIX: prefix },
      { label: `contract @ ${size}` },
    );
    const repository = createProductRepository(pool, redis, context.config.productCacheTtlSeconds);
    const pages = Math.ceil(size / PER_PAGE);
    const points: Point[] = [];
    for (const depth of depths) {
      const page = depth === 'first' ? 1 : depth === 'middle' ? Math.ceil(pages / 2) : pages;
      const path = `/api/android/v1/product?page=${page}&per_page=${PER_PAGE}`;
      const window = await measureWindow(
        child,
        () => ({ method: 'GET', path }),
        settingsOf(context, context.options.duration),
      );
      if (window.non2xx > 0 || window.errors > 0)
        context.problems.push(
          `growth list ${size} ${depth}: ${window.non2xx} non-2xx, ${window.errors} errors`,
        );
      const times: number[] = [];
      for (let call = 0; call < SQL_CALLS; call++) {
        await redis.del('product:list');
        const started = performance.now();
        await repository.listPage((page - 1) * PER_PAGE, PER_PAGE);
        times.push(performance.now() - started);
      }
      const sorted = Float64Array.from(times.slice(5)).sort();
      points.push({
        size,
        depth,
        httpP50: window.p50,
        httpP99: window.p99,
        sqlP50: percentile(sorted, 0.5),
        sqlP99: percentile(sorted, 0.99),
      });
      console.log(
        `list @ ${size} ${depth} (page ${page}): HTTP p50 ${ms(window.p50)} / p99 ${ms(window.p99)} ms at ${Math.round(window.requestsPerSecond)} req/s; SQL alone p50 ${ms(percentile(sorted, 0.5))} / p99 ${ms(percentile(sorted, 0.99))} ms`,
      );
    }
    return points;
  } finally {
    // Let the requests cut off at the window's end finish before the server closes its pool.
    if (child) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await stopChild(child);
    }
    await redis.del('product:list');
    redis.disconnect();
    await pool.end();
  }
}

export async function runGrowth(context: BenchContext, child: ServerChild): Promise<void> {
  const sizes = context.options.growthProducts;
  step(`growth: product list at ${sizes.join(', ')} products (first, middle, last page)`);
  const points: Point[] = [];
  for (const size of sizes) points.push(...(await measureSize(context, size)));
  const rows = [['products', 'page', 'HTTP p50 ms', 'HTTP p99 ms', 'SQL alone p50 ms', 'SQL alone p99 ms']];
  for (const point of points)
    rows.push([
      String(point.size),
      point.depth,
      ms(point.httpP50),
      ms(point.httpP99),
      ms(point.sqlP50),
      ms(point.sqlP99),
    ]);
  console.log(table(rows, [0, 2, 3, 4, 5]));
  const smallest = sizes[0];
  const largest = sizes.at(-1);
  for (const depth of depths) {
    const at = (size: number | undefined) =>
      points.find((point) => point.size === size && point.depth === depth);
    const low = at(smallest);
    const high = at(largest);
    if (!low || !high) continue;
    const http = high.httpP99 / low.httpP99;
    const sql = high.sqlP99 / low.sqlP99;
    const line =
      `list growth ${depth} page: HTTP p99 ${ms(low.httpP99)} -> ${ms(high.httpP99)} ms (${http.toFixed(2)}×, ${http <= 1.5 ? 'flat' : 'NOT flat'}), ` +
      `SQL alone p99 ${ms(low.sqlP99)} -> ${ms(high.sqlP99)} ms (${sql.toFixed(2)}×, ${sql <= 1.5 ? 'flat' : 'NOT flat'}) from ${smallest} to ${largest} products`;
    console.log(line);
    context.figures.push(line);
  }
  const offers = await offersGrowth(context, child);
  console.log(offers);
  context.figures.push(offers);
}
