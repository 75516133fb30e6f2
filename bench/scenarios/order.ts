/**
 * Order creation (user service, POST /order) by signed-in users taking turns, 1-3 random
 * products each. Afterwards the rows must be exact: each 201 has its order (matched by its
 * Idempotency-Key), every total equal to the sum of its products' price x quantity. What bounds
 * it is printed from /proc (MariaDB's and the server's CPU) and InnoDB's counters (row lock
 * waits, fsyncs). The orders are then
 * cancelled, so that the bench's set of waiting orders stays the same from run to run.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { ensureAccounts, ensureAddresses, signIn } from '../accounts.ts';
import type { BenchContext } from '../context.ts';
import { liveProductIds } from '../dataset.ts';
import { step } from '../format.ts';
import { difference, flushLogAtCommit, innodbCounters } from '../innodb.ts';
import { countOf, measureWindow, type Window } from '../load.ts';
import type { ServerChild } from '../server-process.ts';
import { reportWindow, settingsOf } from './writes.ts';

/** Where the bench's orders are picked up: far from the offers' area, so offers do not see them. */
export const ORDER_AREA = { lat: 3.5952, lng: 98.6722 };

export async function orderUsers(context: BenchContext, child: ServerChild, count: number) {
  const users = await ensureAccounts(context.pool, 'user', count);
  return Promise.all(
    users.map(async (user) => ({
      ...user,
      token: await signIn(child.url, context.appToken, user),
      addresses: await ensureAddresses(context.pool, user.id, ORDER_AREA, 2),
    })),
  );
}

export async function runOrder(context: BenchContext, child: ServerChild): Promise<void> {
  const { pool, options } = context;
  step('order creation: POST /api/android/v1/order');
  const users = await orderUsers(context, child, Math.min(options.connections, 20));
  const productIds = await liveProductIds(pool);
  const [[marker]] = await pool.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) AS id FROM `order`');
  const firstId = Number(marker?.id ?? 0) + 1;
  // Each request has its own Idempotency-Key, so that every order row can be matched to the
  // response its request got (or to none: requests still in flight when a window ends).
  const answers = new Map<string, number>();
  const runTag = Date.now().toString(36);
  let sent = 0;
  const next = () => {
    const user = users[sent % users.length];
    if (!user) return undefined;
    const key = `bench-${runTag}-${sent++}`;
    const chosen = new Set<number>();
    const lines = 1 + Math.floor(Math.random() * 3);
    while (chosen.size < lines) chosen.add(productIds[Math.floor(Math.random() * productIds.length)] ?? 1);
    return {
      method: 'POST' as const,
      path: '/api/android/v1/order',
      headers: {
        authorization: `Bearer ${user.token}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify({
        items: [...chosen].map((product_id) => ({ product_id, quantity: 1 + Math.floor(Math.random() * 5) })),
        pickup_address_id: user.addresses[0],
        dropoff_address_id: user.addresses[1],
      }),
      onStatus: (status: number) => answers.set(key, status),
    };
  };
  const windows: Window[] = [];
  if (options.warmup > 0) windows.push(await measureWindow(child, next, settingsOf(context, options.warmup)));
  const countersBefore = await innodbCounters(pool);
  const measured = await measureWindow(child, next, settingsOf(context, options.duration));
  const counters = difference(countersBefore, await innodbCounters(pool));
  windows.push(measured);
  reportWindow(context, 'order creation', measured);
  await checkOrders(
    context,
    users.map((user) => user.id),
    firstId,
    answers,
    windows.reduce((sum, w) => sum + countOf(w, 201), 0),
  );
  await printBound(context, measured, counters);
}

async function checkOrders(
  context: BenchContext,
  userIds: number[],
  firstId: number,
  answers: ReadonlyMap<string, number>,
  created: number,
): Promise<void> {
  const { pool } = context;
  const [[sums]] = await pool.query<RowDataPacket[]>(
    `SELECT SUM(o.total <> (SELECT COALESCE(SUM(p.price * i.quantity), -1) FROM order_item i JOIN product p ON p.id = i.product_id WHERE i.order_id = o.id)) AS wrong_totals,
            SUM(o.total <> (SELECT COALESCE(SUM(i.line_total), -1) FROM order_item i WHERE i.order_id = o.id)) AS wrong_lines,
            SUM(o.item_count <> (SELECT COALESCE(SUM(i.quantity), -1) FROM order_item i WHERE i.order_id = o.id)) AS wrong_counts
       FROM \`order\` o WHERE o.id >= ? AND o.user_id IN (?)`,
    [firstId, userIds],
  );
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT idempotency_key FROM `order` WHERE id >= ? AND user_id IN (?)',
    [firstId, userIds],
  );
  const keys = new Set(rows.map((row) => String(row.idempotency_key)));
  const answered201 = [...answers].filter(([, status]) => status === 201).map(([key]) => key);
  const missing = answered201.filter((key) => !keys.has(key)).length;
  const unexpected = [...keys].filter((key) => answers.has(key) && answers.get(key) !== 201).length;
  const cutOff = [...keys].filter((key) => !answers.has(key)).length;
  const wrong =
    Number(sums?.wrong_totals ?? 0) + Number(sums?.wrong_lines ?? 0) + Number(sums?.wrong_counts ?? 0);
  const exact = missing === 0 && unexpected === 0 && wrong === 0 && answered201.length === created;
  const line =
    `order rows: ${rows.length} orders for ${created} responses 201 + ${cutOff} requests cut off at a window's end ` +
    `(${exact ? 'exact' : 'NOT exact'}: ${missing} 201s without their order, ${unexpected} orders of non-201 requests); ` +
    `${wrong} totals or item counts differing from the sum of price x quantity`;
  console.log(line);
  context.figures.push(line);
  if (!exact) context.problems.push(line);
  await pool.query(
    "UPDATE `order` SET status = 'cancelled', cancelled_at = CURRENT_TIMESTAMP(3) WHERE id >= ? AND user_id IN (?) AND status = 'created'",
    [firstId, userIds],
  );
}

async function printBound(
  context: BenchContext,
  window: Window,
  counters: Awaited<ReturnType<typeof innodbCounters>>,
): Promise<void> {
  const { cpu } = window;
  const perSecond = (value: number): string => (value / window.seconds).toFixed(0);
  const flush = await flushLogAtCommit(context.pool);
  const database = cpu.database ?? Number.NaN;
  const server = cpu.server ?? Number.NaN;
  const waitsMs = counters.Innodb_row_lock_time;
  const verdict =
    server >= 85
      ? 'Node (the server process uses a whole core)'
      : database >= 150
        ? 'MariaDB CPU'
        : waitsMs > window.seconds * 100
          ? 'InnoDB row locks'
          : (cpu.machine ?? 0) >= 180
            ? 'the machine (both cores busy: server, MariaDB, load generator and others share them)'
            : 'neither CPU nor locks: commit latency (redo log fsyncs) and round trips';
  const line =
    `order creation bound: ${verdict}; server ${server.toFixed(0)}% of a core, mariadbd ${database.toFixed(0)}%, ` +
    `load generator ${(cpu.loadGenerator ?? Number.NaN).toFixed(0)}%, machine ${(cpu.machine ?? Number.NaN).toFixed(0)}% of 200%; ` +
    `InnoDB row lock waits ${counters.Innodb_row_lock_waits} (${waitsMs} ms), deadlocks ${counters.Innodb_deadlocks}, ` +
    `InnoDB fsyncs ${perSecond(counters.Innodb_data_fsyncs)}/s (innodb_flush_log_at_trx_commit=${flush})`;
  console.log(line);
  context.figures.push(line);
}
