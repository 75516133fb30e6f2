/**
 * Growth: the product list at each catalogue size (10k, 100k, 1M by default), each in its own
 * bench database, seeded once and reused, and served by its own contract server (its own Redis
 * key prefix, so the list caches do not mix). For the first, middle and last page: p50/p99
 * through HTTP at a paced rate (a fixed page is cached after its first request: that is the
 * served path), and the repository's SQL alone (v1's: IDR products) with its cache dropped
 * before each call, the sizes taking turns in each round. Then offers at each number of driver
 * locations. The verdict (issue 14: the list's p99 within 1.5×): the median HTTP p99 at the
 * largest size over the smallest's. The SQL alone is printed beside it to show where a change
 * would come from; its p99 of ~1 ms reads is the machine's scheduling as much as the query.
 */
import { createProductRepository, type ProductRepository } from '../../handlers/core/product/index.ts';
import { createPool, defaultDatabaseResilience } from '../../src/db/mysql.ts';
import { createRedis, type Redis } from '../../src/db/redis.ts';
import type { BenchContext } from '../context.ts';
import { setupDatabase, siblingDatabase, topUpProducts } from '../dataset.ts';
import { ms, percentile, showSpread, spread, step, table } from '../format.ts';
import { hasWrk, measureAtRate } from '../paced.ts';
import { startChild, stopChild, type ServerChild } from '../server-process.ts';
import { offersGrowth } from './offers.ts';
import { settingsOf } from './writes.ts';

const PER_PAGE = 20;
/**
 * The HTTP windows' rate, paced evenly by wrk: well under the list's capacity here (7,000-12,000
 * req/s saturated), so a p99 is a request's wait, not the queue of a saturated window, which
 * moved 2× between windows of the same page at the same size.
 */
const PACED_RATE = 2000;
/** Calls of the SQL alone per page and round: p99 of fewer is only their slowest. */
const SQL_CALLS = 200;
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

/** One catalogue size: its database, seeded, and a contract server of its own. */
interface Catalogue {
  size: number;
  child: ServerChild;
  repository: ProductRepository;
  redis: Redis;
  close(): Promise<void>;
}

async function openCatalogue(context: BenchContext, size: number): Promise<Catalogue> {
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
  const close = async () => {
    // Let the requests cut off at the window's end finish before the server closes its pool.
    if (child) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await stopChild(child);
    }
    await redis.del('product:list');
    redis.disconnect();
    await pool.end();
  };
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
    return { size, child, repository, redis, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One page of one catalogue: a window through HTTP, then the SQL alone with its cache dropped. */
async function measurePoint(
  context: BenchContext,
  catalogue: Catalogue,
  depth: Depth,
  round: number,
): Promise<Point> {
  const { size, child, repository, redis } = catalogue;
  const pages = Math.ceil(size / PER_PAGE);
  const page = depth === 'first' ? 1 : depth === 'middle' ? Math.ceil(pages / 2) : pages;
  const path = `/api/android/v1/product?page=${page}&per_page=${PER_PAGE}`;
  const window = await measureAtRate(child, [path], {
    ...settingsOf(context, context.options.duration),
    requestsPerSecond: PACED_RATE,
  });
  if (window.non2xx > 0 || window.errors > 0)
    context.problems.push(`growth list ${size} ${depth}: ${window.non2xx} non-2xx, ${window.errors} errors`);
  const times: number[] = [];
  for (let call = 0; call < SQL_CALLS; call++) {
    await redis.del('product:list');
    const started = performance.now();
    // As the v1 list the HTTP windows ask for runs it: IDR products (issue 13).
    await repository.listPage((page - 1) * PER_PAGE, PER_PAGE, { variants: false, currency: 'IDR' });
    times.push(performance.now() - started);
  }
  const sorted = Float64Array.from(times.slice(5)).sort();
  const point = {
    size,
    depth,
    httpP50: window.p50,
    httpP99: window.p99,
    sqlP50: percentile(sorted, 0.5),
    sqlP99: percentile(sorted, 0.99),
  };
  console.log(
    `round ${round} list @ ${size} ${depth} (page ${page}): HTTP p50 ${ms(point.httpP50)} / p99 ${ms(point.httpP99)} ms at ${Math.round(window.requestsPerSecond)} req/s; SQL alone p50 ${ms(point.sqlP50)} / p99 ${ms(point.sqlP99)} ms`,
  );
  return point;
}

/** "median (min-max)" of one figure over the rounds, in ms. */
function showMs(values: readonly number[]): string {
  return showSpread(spread(values), 2);
}

/**
 * Every size's server runs side by side, and the sizes take turns, page by page, in each
 * round: a size measured minutes after another met another machine (this one drifts ±20-40%),
 * and one run's p99 of one window said more about that than about the data.
 */
export async function runGrowth(context: BenchContext, child: ServerChild): Promise<void> {
  const sizes = context.options.growthProducts;
  const { rounds } = context.options;
  step(
    `growth: product list at ${sizes.join(', ')} products (first, middle, last page), ${rounds} interleaved round(s); ` +
      (hasWrk()
        ? `HTTP paced at ${PACED_RATE} req/s by wrk`
        : `HTTP at ${PACED_RATE} req/s by autocannon (wrk is not installed: the p99 measures its per-second bursts)`),
  );
  const catalogues: Catalogue[] = [];
  const points: Point[] = [];
  try {
    for (const size of sizes) catalogues.push(await openCatalogue(context, size));
    for (let round = 1; round <= rounds; round++)
      for (const depth of depths)
        for (const catalogue of catalogues) points.push(await measurePoint(context, catalogue, depth, round));
  } finally {
    for (const catalogue of catalogues) await catalogue.close();
  }
  const of = (size: number | undefined, depth: Depth) =>
    points.filter((point) => point.size === size && point.depth === depth);
  const rows = [['products', 'page', 'HTTP p50 ms', 'HTTP p99 ms', 'SQL alone p50 ms', 'SQL alone p99 ms']];
  for (const size of sizes)
    for (const depth of depths) {
      const at = of(size, depth);
      rows.push([
        String(size),
        depth,
        showMs(at.map((point) => point.httpP50)),
        showMs(at.map((point) => point.httpP99)),
        showMs(at.map((point) => point.sqlP50)),
        showMs(at.map((point) => point.sqlP99)),
      ]);
    }
  console.log(`medians of ${rounds} round(s) (min-max)`);
  console.log(table(rows, [0, 2, 3, 4, 5]));
  const smallest = sizes[0];
  const largest = sizes.at(-1);
  for (const depth of depths) {
    const ratio = (figure: 'httpP99' | 'sqlP50' | 'sqlP99') => {
      const median = (size: number | undefined) =>
        spread(of(size, depth).map((point) => point[figure])).median;
      const low = median(smallest);
      const high = median(largest);
      return { low, high, times: high / low };
    };
    const http = ratio('httpP99');
    const sqlP50 = ratio('sqlP50');
    const sqlP99 = ratio('sqlP99');
    const line =
      `list growth ${depth} page: HTTP p99 ${ms(http.low)} -> ${ms(http.high)} ms ` +
      `(${http.times.toFixed(2)}×, ${http.times <= 1.5 ? 'flat' : 'NOT flat'}, goal <= 1.5) from ${smallest} to ${largest} products; ` +
      `SQL alone p50 ${ms(sqlP50.low)} -> ${ms(sqlP50.high)} ms (${sqlP50.times.toFixed(2)}×), ` +
      `p99 ${ms(sqlP99.low)} -> ${ms(sqlP99.high)} ms (${sqlP99.times.toFixed(2)}×); medians of ${rounds} round(s)`;
    console.log(line);
    context.figures.push(line);
  }
  const offers = await offersGrowth(context, child);
  console.log(offers);
  context.figures.push(offers);
}
