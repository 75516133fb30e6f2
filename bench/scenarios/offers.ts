/**
 * Offers near a driver (driver service, GET /delivery-offer): the driver's location comes from
 * the Redis GEO set of every driver's last location (handlers/driver/profile), the offers from
 * the created orders in a latitude band around it (handlers/driver/delivery). The set is seeded
 * directly in Redis to a number of drivers around the offers' area; a fixed set of waiting
 * orders sits in that area, so the answer is the same at every size.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { DRIVER_LOCATION_KEY, DRIVER_LOCATION_TIME_KEY } from '../../handlers/driver/profile/repository.ts';
import { ensureAccounts, ensureAddresses } from '../accounts.ts';
import type { BenchContext } from '../context.ts';
import { liveProductIds } from '../dataset.ts';
import { ms, step } from '../format.ts';
import { measureWindow, type Window } from '../load.ts';
import { insertCreatedOrders } from '../order-pool.ts';
import type { ServerChild } from '../server-process.ts';
import { benchDrivers } from './accept.ts';
import { reportWindow, settingsOf } from './writes.ts';

export const OFFER_AREA = { lat: -6.2253, lng: 106.8099 };
const WAITING_ORDERS = 50;
/** The offers user's number among the bench's users (past the order scenario's). */
const OFFERS_USER = 900;

/** The GEO set holds `size` drivers: the bench's fake ones around the area, and the real driver. */
async function seedLocations(context: BenchContext, size: number, driverId: number): Promise<void> {
  const { redis } = context;
  // Offers need a fresh location (DRIVER_LOCATION_MAX_AGE_SECONDS): the run's driver just sent it.
  await redis.zadd(DRIVER_LOCATION_TIME_KEY, Date.now(), String(driverId));
  if (
    (await redis.zcard(DRIVER_LOCATION_KEY)) === size &&
    (await redis.geopos(DRIVER_LOCATION_KEY, String(driverId)))[0]
  )
    return;
  await redis.del(DRIVER_LOCATION_KEY);
  for (let first = 1; first < size; first += 1000) {
    const members: (string | number)[] = [];
    for (let i = first; i < Math.min(size, first + 1000); i++) {
      // Spread over about ±50 km, deterministic.
      const angle = i * 2.399963;
      const radius = 0.45 * Math.sqrt(i / size);
      members.push(
        OFFER_AREA.lng + radius * Math.cos(angle),
        OFFER_AREA.lat + radius * Math.sin(angle),
        `bench-${i}`,
      );
    }
    await redis.geoadd(DRIVER_LOCATION_KEY, ...members);
  }
  await redis.geoadd(DRIVER_LOCATION_KEY, OFFER_AREA.lng, OFFER_AREA.lat, String(driverId));
}

async function ensureWaitingOrders(context: BenchContext): Promise<void> {
  const { pool } = context;
  const [user] = await ensureAccounts(pool, 'user', 1, OFFERS_USER);
  if (!user) throw new Error('no offers user');
  const [addressId] = await ensureAddresses(pool, user.id, OFFER_AREA, 1);
  const [[row]] = await pool.query<RowDataPacket[]>(
    "SELECT COUNT(*) AS waiting FROM `order` WHERE user_id = ? AND status = 'created'",
    [user.id],
  );
  const missing = WAITING_ORDERS - Number(row?.waiting ?? 0);
  const productId = (await liveProductIds(pool))[0] ?? 1;
  await insertCreatedOrders(pool, { userId: user.id, addressId: addressId ?? 0, productId }, missing);
}

/** One window of offers seen by one driver, with `size` driver locations in the GEO set. */
export async function measureOffers(
  context: BenchContext,
  child: ServerChild,
  size: number,
  name: string,
): Promise<Window> {
  const [driver] = await benchDrivers(context, child, 1);
  if (!driver) throw new Error('no bench driver');
  await ensureWaitingOrders(context);
  await seedLocations(context, size, driver.id);
  const next = () => ({
    method: 'GET' as const,
    path: '/api/android/v1/delivery-offer?page=1&per_page=20',
    headers: { authorization: `Bearer ${driver.token}` },
  });
  const probe = await fetch(`${child.url}${next().path}`, {
    headers: { 'x-app-token': context.appToken, ...next().headers },
  });
  const body = (await probe.json()) as { meta?: { total_data?: number } };
  console.log(
    `${size} driver locations (ZCARD ${await context.redis.zcard(DRIVER_LOCATION_KEY)}): probe ${probe.status}, ${body.meta?.total_data ?? 0} offers`,
  );
  if (context.options.warmup > 0)
    await measureWindow(child, next, settingsOf(context, Math.min(context.options.warmup, 2)));
  const window = await measureWindow(child, next, settingsOf(context, context.options.duration));
  reportWindow(context, name, window);
  return window;
}

export async function runOffers(context: BenchContext, child: ServerChild): Promise<void> {
  const size = context.options.growthLocations[0] ?? 1000;
  step(`offers near a driver: GET /api/android/v1/delivery-offer, ${size} driver locations`);
  await measureOffers(context, child, size, `offers (${size} driver locations)`);
}

export async function offersGrowth(context: BenchContext, child: ServerChild): Promise<string> {
  const sizes = context.options.growthLocations;
  step(`growth: offers at ${sizes.join(', ')} driver locations`);
  const p99s: number[] = [];
  for (const size of sizes)
    p99s.push((await measureOffers(context, child, size, `offers @ ${size} locations`)).p99);
  const ratio = (p99s.at(-1) ?? Number.NaN) / (p99s[0] ?? Number.NaN);
  return `offers growth: p99 ${p99s.map((p99, i) => `${ms(p99)} ms @ ${sizes[i]}`).join(', ')}; largest/smallest ${ratio.toFixed(2)}× (${ratio <= 1.5 ? 'flat' : 'NOT flat'}, goal <= 1.5)`;
}
