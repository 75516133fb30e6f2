/** The account-deletion handler called as a plain function on the real MariaDB and Redis. */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { createAccountRepository, createDeletionHandlers } from '../../../handlers/core/account/index.ts';
import { createTokenStore } from '../../../src/auth/tokens.ts';
import { createPool } from '../../../src/db/mysql.ts';
import { createRedis } from '../../../src/db/redis.ts';
import { ForbiddenError, NotFoundError } from '../../../src/errors.ts';
import { phoneNumber } from '../../support/auth.ts';
import { testConfig } from '../../support/env.ts';
import { contextOf } from '../../support/handler-context.ts';

const config = testConfig();
const pool = createPool(config.databaseUrl, 2);
const redis = createRedis(config.redisUrl, config.redisKeyPrefix);
const forgotten: number[] = [];
const handlers = createDeletionHandlers(
  createAccountRepository(pool),
  createTokenStore(redis, config.refreshTokenTtlSeconds),
  async (driverId) => {
    forgotten.push(driverId);
  },
);
const made: number[] = [];
afterAll(async () => {
  await pool.query('DELETE FROM account WHERE id IN (?)', [[0, ...made]]);
  await Promise.all([pool.end(), redis.quit()]);
});

async function account(role: 'user' | 'driver' | 'admin'): Promise<number> {
  const [result] = await pool.execute<ResultSetHeader>(
    "INSERT INTO account (phone_number, password_hash, role) VALUES (?, 'unused', ?)",
    [phoneNumber(), role],
  );
  made.push(result.insertId);
  return result.insertId;
}

const call = (id: number, principal: { accountId: number; role: 'user' | 'driver' | 'admin' }) =>
  handlers.deleteAccount(
    contextOf<CoreHandlers['deleteAccount']>({ principal, path: { platform: 'android', id } }),
  );

describe('deleteAccount without HTTP', () => {
  it('when a user names another account, then it throws the catalogue 403 and deletes nothing', async () => {
    const [user, other] = [await account('user'), await account('user')];
    await expect(call(other, { accountId: user, role: 'user' })).rejects.toThrow(ForbiddenError);
    const [rows] = await pool.query<RowDataPacket[]>('SELECT deleted_at FROM account WHERE id = ?', [other]);
    expect(rows).toEqual([{ deleted_at: null }]);
  });

  it('when an admin deletes a driver, then 200, a tombstone row, and the location callback for that driver', async () => {
    const [admin, driver] = [await account('admin'), await account('driver')];
    expect(await call(driver, { accountId: admin, role: 'admin' })).toEqual({
      status: 200,
      body: { message: `account ${driver} deleted; every sign-in was ended` },
    });
    expect(forgotten).toEqual([driver]);
    const [rows] = await pool.query<RowDataPacket[]>(
      'SELECT phone_number, deleted_at IS NOT NULL AS deleted FROM account WHERE id = ?',
      [driver],
    );
    expect(rows).toEqual([{ phone_number: null, deleted: 1 }]);
    // Again: the tombstone is no account any more.
    await expect(call(driver, { accountId: admin, role: 'admin' })).rejects.toThrow(NotFoundError);
  });
});
