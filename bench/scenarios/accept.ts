/**
 * A driver accepting an order (driver service, POST /delivery): signed-in drivers taking turns,
 * each request a different order of a pool placed before the window. A driver holds one active
 * delivery at a time (issue 13), so each accepted order is marked delivered in SQL as soon as
 * its 201 arrives, and there are enough drivers that one comes round again only after that.
 * Afterwards each 201's order must be accepted by a bench driver, and no other; the pool's
 * leftovers are cancelled.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { ensureAccounts, signIn } from '../accounts.ts';
import type { BenchContext } from '../context.ts';
import { liveProductIds } from '../dataset.ts';
import { step } from '../format.ts';
import { countOf, measureWindow, type Window } from '../load.ts';
import { insertCreatedOrders } from '../order-pool.ts';
import type { ServerChild } from '../server-process.ts';
import { orderUsers } from './order.ts';
import { reportWindow, settingsOf } from './writes.ts';

/** Orders per second of window the pool is sized for (more than the machine accepts). */
const POOL_RATE = 4000;

/**
 * Drivers per connection: enough that one comes round only after their last hand-over. Each is
 * out for a request and a hand-over (a batched UPDATE whose report triggers take the day's
 * summary rows): at ~2,500 accepts/s, 4 and then 8 per connection ran out (197 and 282 409s).
 */
const DRIVERS_PER_CONNECTION = 16;

/** Sign-ins at once: the server's password checks queue 16 and refuse beyond (503). */
const SIGN_IN_BATCH = 8;

export async function benchDrivers(context: BenchContext, child: ServerChild, count: number) {
  const drivers = await ensureAccounts(context.pool, 'driver', count);
  const signedIn = [];
  for (let first = 0; first < drivers.length; first += SIGN_IN_BATCH) {
    signedIn.push(
      ...(await Promise.all(
        drivers
          .slice(first, first + SIGN_IN_BATCH)
          .map(async (driver) => ({ ...driver, token: await signIn(child.url, context.appToken, driver) })),
      )),
    );
  }
  return signedIn;
}

export async function runAccept(context: BenchContext, child: ServerChild): Promise<void> {
  const { pool, options } = context;
  step('driver accept: POST /api/android/v1/delivery');
  // A driver's turn comes only when their hands are free: after their last 201's order was
  // handed over (marked delivered), so the window measures accepts, not "already has one".
  const drivers = await benchDrivers(context, child, options.connections * DRIVERS_PER_CONNECTION);
  const free = [...drivers];
  // Deliveries a cut-off request of an earlier run left in a bench driver's hands.
  await pool.query(
    "UPDATE `order` SET status = 'delivered', picked_up_at = CURRENT_TIMESTAMP(3), delivered_at = CURRENT_TIMESTAMP(3) WHERE driver_id IN (?) AND status IN ('accepted', 'picked_up')",
    [drivers.map((driver) => driver.id)],
  );
  const [owner] = await orderUsers(context, child, 1);
  if (!owner) throw new Error('no bench user for the accept pool');
  const started = performance.now();
  const pool_ = await insertCreatedOrders(
    pool,
    { userId: owner.id, addressId: owner.addresses[0] ?? 0, productId: (await liveProductIds(pool))[0] ?? 1 },
    POOL_RATE * (options.warmup + options.duration),
  );
  console.log(`placed a pool of ${pool_.length} orders in ${(performance.now() - started).toFixed(0)} ms`);
  const answers = new Map<number, number>();
  // In batches: one UPDATE, one commit, for every hand-over that arrived during the previous
  // one. One commit each could not keep up with the server's accepts (1,385/s): drivers then
  // came round with full hands and answered 409.
  let waiting: { orderId: number; done: () => void }[] = [];
  let flushing = false;
  const flush = async (): Promise<void> => {
    flushing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      await pool
        .query(
          "UPDATE `order` SET status = 'delivered', picked_up_at = CURRENT_TIMESTAMP(3), delivered_at = CURRENT_TIMESTAMP(3) WHERE id IN (?) AND status = 'accepted'",
          [batch.map(({ orderId }) => orderId)],
        )
        .catch((error: unknown) => {
          context.problems.push(`handing orders over: ${String(error)}`);
        });
      for (const { done } of batch) done();
    }
    flushing = false;
  };
  const handOver = (orderId: number): Promise<void> =>
    new Promise((done) => {
      waiting.push({ orderId, done });
      if (!flushing) void flush();
    });
  let position = 0;
  let ranOut = 0;
  const next = () => {
    const orderId = pool_[position++];
    // All hands full (the machine answers faster than it hands over): drivers in turn go
    // again, and may answer 409.
    const queued = free.shift();
    if (queued === undefined) ranOut++;
    const driver = queued ?? drivers[position % drivers.length];
    if (orderId === undefined || !driver) return undefined;
    return {
      method: 'POST' as const,
      path: '/api/android/v1/delivery',
      headers: { authorization: `Bearer ${driver.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ order_id: orderId }),
      onStatus: (status: number) => {
        answers.set(orderId, status);
        if (queued === undefined) return;
        if (status === 201) void handOver(orderId).then(() => free.push(queued));
        else free.push(queued);
      },
    };
  };
  const windows: Window[] = [];
  if (options.warmup > 0) windows.push(await measureWindow(child, next, settingsOf(context, options.warmup)));
  const measured = await measureWindow(child, next, settingsOf(context, options.duration));
  windows.push(measured);
  reportWindow(context, 'driver accept', measured);
  if (ranOut > 0) {
    const line = `driver accept: the bench ran out of free drivers ${ranOut} time(s) (hand-overs queued): a 409 then is the harness's, not the server's`;
    console.log(line);
    context.figures.push(line);
  }

  const accepted201 = windows.reduce((sum, w) => sum + countOf(w, 201), 0);
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT id, driver_id, accepted_at FROM `order` WHERE id IN (?) AND status IN ('accepted', 'delivered')",
    [pool_],
  );
  const driverIds = new Set(drivers.map((driver) => driver.id));
  const acceptedIds = new Set(rows.map((row) => Number(row.id)));
  const answered201 = [...answers].filter(([, status]) => status === 201).map(([id]) => id);
  const missing = answered201.filter((id) => !acceptedIds.has(id)).length;
  const unexpected = [...acceptedIds].filter((id) => answers.has(id) && answers.get(id) !== 201).length;
  const cutOff = [...acceptedIds].filter((id) => !answers.has(id)).length;
  const strangers = rows.filter(
    (row) => !driverIds.has(Number(row.driver_id)) || row.accepted_at === null,
  ).length;
  const exact = missing === 0 && unexpected === 0 && strangers === 0 && answered201.length === accepted201;
  const line =
    `accept rows: ${acceptedIds.size} orders accepted for ${accepted201} responses 201 + ${cutOff} requests cut off at a window's end ` +
    `(${exact ? 'exact' : 'NOT exact'}: ${missing} 201s without their acceptance, ${unexpected} accepted by non-201 requests, ` +
    `${strangers} without a bench driver or accepted_at)`;
  console.log(line);
  context.figures.push(line);
  if (!exact) context.problems.push(line);
  await pool.query(
    "UPDATE `order` SET status = 'cancelled', cancelled_at = CURRENT_TIMESTAMP(3) WHERE id IN (?) AND status = 'created'",
    [pool_],
  );
}
