/** Driver handlers called as plain functions on the real MariaDB and Redis. */
import type { ResultSetHeader } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverHandlers } from '../../../generated/driver.operations.ts';
import { createDriverHandlers } from '../../../handlers/driver/index.ts';
import { createPool } from '../../../src/db/mysql.ts';
import { createRedis } from '../../../src/db/redis.ts';
import { ConflictError } from '../../../src/errors.ts';
import { testConfig } from '../../support/env.ts';
import { phoneNumber } from '../../support/auth.ts';
import { contextOf } from '../../support/handler-context.ts';

const config = testConfig();
const pool = createPool(config.databaseUrl, 2);
const redis = createRedis(config.redisUrl, config.redisKeyPrefix);
const handlers = createDriverHandlers({ pool, redis, config });
let driverId = 0;

beforeAll(async () => {
  const [account] = await pool.execute<ResultSetHeader>(
    "INSERT INTO account (phone_number, password_hash, role) VALUES (?, 'unused', 'driver')",
    [phoneNumber()],
  );
  driverId = account.insertId;
});
afterAll(async () => {
  await redis.zrem('driver:location', String(driverId));
  await pool.execute('DELETE FROM account WHERE id = ?', [driverId]);
  await Promise.all([pool.end(), redis.quit()]);
});

describe('driver handlers without HTTP', () => {
  const principal = () => ({ accountId: driverId, role: 'driver' as const });

  it('when a driver with no location asks for offers, then the handler throws the catalogue 409', async () => {
    const call = handlers.listDeliveryOffer(
      contextOf<DriverHandlers['listDeliveryOffer']>({
        principal: principal(),
        path: { platform: 'android' },
        query: { page: 1, per_page: 20 },
      }),
    );
    await expect(call).rejects.toThrow(ConflictError);
    await expect(call).rejects.toThrow(`driver ${driverId} has no location yet`);
  });

  it('when a driver sends a location, then readDriver returns it', async () => {
    const path = { platform: 'ios' as const, id: driverId };
    const saved = await handlers.replaceDriverLocation(
      contextOf<DriverHandlers['replaceDriverLocation']>({
        principal: principal(),
        path,
        body: { lat: -6.2, lng: 106.816666 },
      }),
    );
    expect(saved).toEqual({ status: 200, body: { message: `location of driver ${driverId} updated` } });
    const read = await handlers.readDriver(
      contextOf<DriverHandlers['readDriver']>({ principal: principal(), path }),
    );
    expect(read.status).toBe(200);
    expect(read.body.data.location?.lat).toBeCloseTo(-6.2, 4);
  });
});
