/** User handlers called as plain functions on the real MariaDB: typed values in, typed result out. */
import type { ResultSetHeader } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserHandlers } from '../../../generated/user.operations.ts';
import { createUserHandlers } from '../../../handlers/user/index.ts';
import { createPool } from '../../../src/db/mysql.ts';
import { ForbiddenError } from '../../../src/errors.ts';
import { testConfig } from '../../support/env.ts';
import { phoneNumber } from '../../support/auth.ts';
import { contextOf } from '../../support/handler-context.ts';

const pool = createPool(testConfig().databaseUrl, 2);
const handlers = createUserHandlers({ pool, config: testConfig() });
let userId = 0;

beforeAll(async () => {
  const [account] = await pool.execute<ResultSetHeader>(
    "INSERT INTO account (phone_number, password_hash, role) VALUES (?, 'unused', 'user')",
    [phoneNumber()],
  );
  userId = account.insertId;
});
afterAll(async () => {
  await pool.execute('DELETE FROM user_profile WHERE account_id = ?', [userId]);
  await pool.execute('DELETE FROM account WHERE id = ?', [userId]);
  await pool.end();
});

describe('user handlers without HTTP', () => {
  it('when a user renames themself, then updateUser returns 200 and readUser shows the name', async () => {
    const principal = { accountId: userId, role: 'user' as const };
    const path = { platform: 'android' as const, id: userId };
    const updated = await handlers.updateUser(
      contextOf<UserHandlers['updateUser']>({ principal, path, body: { display_name: '  Siti  ' } }),
    );
    expect(updated).toEqual({ status: 200, body: { message: `user ${userId} updated` } });
    const read = await handlers.readUser(contextOf<UserHandlers['readUser']>({ principal, path }));
    expect(read).toMatchObject({ status: 200, body: { data: { id: userId, display_name: 'Siti' } } });
  });

  it("when a user reads another user's profile, then the handler throws the catalogue 403", async () => {
    const call = handlers.readUser(
      contextOf<UserHandlers['readUser']>({
        principal: { accountId: userId, role: 'user' },
        path: { platform: 'ios', id: userId + 1 },
      }),
    );
    await expect(call).rejects.toThrow(ForbiddenError);
    await expect(call).rejects.toThrow(`you can only use your own profile: user ${userId + 1} is not you`);
  });

  it('when a user has no orders, then listOrder returns an empty page (the runtime answers 204)', async () => {
    const result = await handlers.listOrder(
      contextOf<UserHandlers['listOrder']>({
        principal: { accountId: userId, role: 'user' },
        path: { platform: 'android' },
        query: { page: 1, per_page: 20 },
      }),
    );
    expect(result).toEqual({ status: 200, page: { records: [], total: 0 } });
  });
});
