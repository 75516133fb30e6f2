/**
 * Report: the back office's order report (spec/report.yaml) over 1,000,000 orders, in a bench
 * database of its own (`<bench>_orders_1000000`, seeded once in one INSERT ... SELECT over
 * MariaDB's sequence engine and reused). The orders are spread evenly over a year
 * (2025-12-01 .. 2026-11-30, ~2,740 a day) and over the 42 cities of the reference data, each
 * city in its country's currency; the seeding fires the summary triggers of migration 016 for
 * every order, as the order writes do. For a day, a month and the whole year: p50/p99 through
 * HTTP (an admin's requests, a few connections: a back office, not a crowd), and the
 * repository's SQL alone, against the list budget of SG-11 (400 ms).
 */
import { createOrderReportRepository } from '../../handlers/report/order-report/index.ts';
import type { RowDataPacket } from 'mysql2/promise';
import { createPool, defaultDatabaseResilience, type Pool } from '../../src/db/mysql.ts';
import type { BenchContext } from '../context.ts';
import { ensureAccounts, signIn } from '../accounts.ts';
import { setupDatabase, siblingDatabase } from '../dataset.ts';
import { ms, percentile, step, table } from '../format.ts';
import { measureWindow } from '../load.ts';
import { startChild, stopChild } from '../server-process.ts';

const ORDERS = 1_000_000;
const FIRST_DAY = '2025-12-01';
const DAYS = 365;
const BUDGET_MS = 400;
/** Report readers at once: the back office, not the app's crowd. */
const CONNECTIONS = 2;
const SQL_CALLS = 12;

const ranges = [
  { name: 'day', from: '2026-06-15', to: '2026-06-15' },
  { name: 'month', from: '2026-06-01', to: '2026-06-30' },
  { name: 'year', from: FIRST_DAY, to: '2026-11-30' },
] as const;

/** The bench's admin (fixed phone number), made in SQL as operators make admins. */
async function ensureAdmin(pool: Pool) {
  const [admin] = await ensureAccounts(pool, 'user', 1, 900_000);
  if (!admin) throw new Error('no bench admin account');
  await pool.query("UPDATE account SET role = 'admin' WHERE id = ?", [admin.id]);
  return admin;
}

/** Tops the orders up to ORDERS; the report reads only the `order` table and `city`. */
async function seedOrders(pool: Pool): Promise<{ orders: number; seededMs: number }> {
  const [[counted]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM `order`');
  const existing = Number(counted?.n ?? 0);
  if (existing >= ORDERS) return { orders: existing, seededMs: 0 };
  const [shopper] = await ensureAccounts(pool, 'user', 1, 900_001);
  if (!shopper) throw new Error('no bench shopper account');
  await pool.query(
    "INSERT INTO address (id, user_id, label, street, city_id, lat, lng) VALUES (1, ?, 'Bench', 'Jl. Bench', 11, 0, 0) ON DUPLICATE KEY UPDATE id = id",
    [shopper.id],
  );
  const started = performance.now();
  // Status by seq MOD 10: 0 created, 1 cancelled (no driver), else delivered (a driver holds one
  // active delivery, migration 018, and the shopper's one account delivers them all).
  // Cities 1-38 are Indonesian (IDR), 39-41 Malaysian (MYR), 42 Singapore (SGD).
  await pool.query(
    `INSERT INTO \`order\` (user_id, driver_id, status, total, currency, item_count,
       pickup_address_id, pickup_label, pickup_street, pickup_city_id, pickup_lat, pickup_lng,
       dropoff_address_id, dropoff_label, dropoff_street, dropoff_city_id, dropoff_lat, dropoff_lng,
       created_at, updated_at)
     SELECT ?, IF(seq MOD 10 < 2, NULL, ?),
            CASE seq MOD 10 WHEN 0 THEN 'created' WHEN 1 THEN 'cancelled' ELSE 'delivered' END,
            IF(city <= 38, 10000 + (seq MOD 200) * 500, 3 + (seq MOD 500) / 100),
            IF(city <= 38, 'IDR', IF(city <= 41, 'MYR', 'SGD')), 1,
            1, 'Bench', 'Jl. Bench', city, 0, 0, 1, 'Bench', 'Jl. Bench', city, 0, 0,
            TIMESTAMP(?) + INTERVAL FLOOR((seq - 1) * ? / ?) SECOND,
            TIMESTAMP(?) + INTERVAL FLOOR((seq - 1) * ? / ?) SECOND
       FROM (SELECT seq, 1 + (seq * 7919) MOD 42 AS city FROM seq_${existing + 1}_to_${ORDERS}) AS numbered`,
    [shopper.id, shopper.id, FIRST_DAY, DAYS * 86_400, ORDERS, FIRST_DAY, DAYS * 86_400, ORDERS],
  );
  return { orders: ORDERS, seededMs: performance.now() - started };
}

interface Point {
  range: string;
  rows: number;
  httpP50: number;
  httpP99: number;
  failed: number;
  requestsPerSecond: number;
  sqlP50: number;
  sqlP99: number;
}

export async function runReport(context: BenchContext): Promise<void> {
  step(`report: orders and revenue per day, city and currency over ${ORDERS.toLocaleString('en')} orders`);
  const databaseUrl = siblingDatabase(context.databaseUrl, `orders_${ORDERS}`);
  setupDatabase(context.root, databaseUrl);
  const pool = createPool(databaseUrl, 4, {
    ...defaultDatabaseResilience,
    queryTimeoutMs: 600_000,
    acquireTimeoutMs: 600_000,
  });
  const child = await startChild(
    'contract',
    { ...context.serverEnv, DATABASE_URL: databaseUrl },
    { label: 'report' },
  );
  try {
    const seeded = await seedOrders(pool);
    console.log(
      `${new URL(databaseUrl).pathname.slice(1)}: ${seeded.orders} orders` +
        (seeded.seededMs > 0 ? ` (seeded in ${(seeded.seededMs / 1000).toFixed(1)} s)` : ' (reused)'),
    );
    await pool.query('ANALYZE TABLE `order`');
    const token = await signIn(child.url, context.appToken, await ensureAdmin(pool));
    const repository = createOrderReportRepository(pool);
    const points: Point[] = [];
    for (const range of ranges) {
      const until = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const page = await repository.listPage({ from: range.from, until, cityId: undefined }, 0, 20);
      const times: number[] = [];
      for (let call = 0; call < SQL_CALLS; call++) {
        const started = performance.now();
        await repository.listPage({ from: range.from, until, cityId: undefined }, 0, 20);
        times.push(performance.now() - started);
      }
      const sql = Float64Array.from(times).sort();
      const window = await measureWindow(
        child,
        () => ({
          method: 'GET',
          path: `/api/android/v1/order-report?from=${range.from}&to=${range.to}&per_page=20`,
          headers: { authorization: `Bearer ${token}` },
        }),
        { connections: CONNECTIONS, seconds: context.options.duration, appToken: context.appToken },
      );
      if (window.non2xx > 0 || window.errors > 0)
        context.problems.push(`report ${range.name}: ${window.non2xx} non-2xx, ${window.errors} errors`);
      const point = {
        range: `${range.name} (${range.from} .. ${range.to})`,
        rows: page.total,
        httpP50: window.p50,
        httpP99: window.p99,
        failed: window.non2xx + window.errors,
        requestsPerSecond: window.requestsPerSecond,
        sqlP50: percentile(sql, 0.5),
        sqlP99: percentile(sql, 0.99),
      };
      points.push(point);
      console.log(
        `report ${point.range}: ${point.rows} rows; HTTP p50 ${ms(point.httpP50)} / p99 ${ms(point.httpP99)} ms ` +
          `at ${Math.round(point.requestsPerSecond)} req/s (${CONNECTIONS} connections); SQL alone p50 ${ms(point.sqlP50)} / p99 ${ms(point.sqlP99)} ms`,
      );
    }
    const rows = [
      ['range', 'report rows', 'HTTP p50 ms', 'HTTP p99 ms', 'req/s', 'SQL p50 ms', 'SQL p99 ms'],
    ];
    for (const point of points)
      rows.push([
        point.range,
        String(point.rows),
        ms(point.httpP50),
        ms(point.httpP99),
        String(Math.round(point.requestsPerSecond)),
        ms(point.sqlP50),
        ms(point.sqlP99),
      ]);
    console.log(table(rows, [1, 2, 3, 4, 5, 6]));
    for (const point of points)
      context.figures.push(
        `report @ ${ORDERS} orders, ${point.range}: HTTP p50 ${ms(point.httpP50)} / p99 ${ms(point.httpP99)} ms ` +
          `(${point.httpP99 <= BUDGET_MS && point.failed === 0 ? 'within' : 'OVER'} the ${BUDGET_MS} ms list budget; ${point.failed} failed), SQL alone p99 ${ms(point.sqlP99)} ms`,
      );
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await stopChild(child);
    await pool.end();
  }
}
