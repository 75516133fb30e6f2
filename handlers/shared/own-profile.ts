/**
 * What the user and driver profiles share: only your own profile (403 before 404, so whether
 * another id exists is not disclosed), and a profile row written only for an account of the
 * profile's role, in one statement.
 */
import type { Pool, ResultSetHeader } from 'mysql2/promise';
import { problems } from '../../src/errors.ts';
import type { Principal } from '../../src/runtime/handler-types.ts';

type ProfileRole = 'user' | 'driver';

export function assertOwnProfile(role: ProfileRole, id: number, principal: Principal): void {
  if (id !== principal.accountId) throw problems.notYourProfile(role, id);
}

/**
 * Your own account is missing only when it was deleted while this request ran (deletion
 * revokes its tokens): answered as the revoked token it now is, never as a 404.
 */
export const ownAccountGone = (): Error => problems.tokenRevoked();

const PROFILE_TABLE = { user: 'user_profile', driver: 'driver_profile' } as const;

/**
 * Sets the given columns of the account's profile row, creating it ('' for columns not sent);
 * a column not sent keeps its value. False when no account of this role has this id.
 */
export async function upsertProfile(
  pool: Pool,
  role: ProfileRole,
  id: number,
  fields: Readonly<Record<string, string | undefined>>,
): Promise<boolean> {
  const table = PROFILE_TABLE[role];
  // Column names come from the repositories' own literals, never from a request.
  const columns = Object.keys(fields);
  const values = columns.map((column) => fields[column] ?? null);
  const [result] = await pool.execute<ResultSetHeader>(
    `INSERT INTO ${table} (account_id, ${columns.join(', ')})
     SELECT id, ${columns.map(() => "COALESCE(?, '')").join(', ')} FROM account WHERE id = ? AND role = ? AND deleted_at IS NULL
     ON DUPLICATE KEY UPDATE ${columns.map((column) => `${column} = COALESCE(?, ${column})`).join(', ')},
                             updated_at = CURRENT_TIMESTAMP(3)`,
    [...values, id, role, ...values],
  );
  return result.affectedRows > 0;
}
