/**
 * Accounts in MySQL. SQL only; the password hash is returned only to the credential checks.
 * A deleted account stays as a tombstone row (orders reference it) that no lookup finds.
 */
import type { Pool, PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { inTransaction } from '../../../src/db/transaction.ts';
import { problems } from '../../../src/errors.ts';

export type Role = 'user' | 'driver' | 'admin';

export interface AccountRecord {
  id: number;
  phoneNumber: string;
  role: Role;
  phoneVerified: boolean;
  createdAt: Date;
}

/** An account with its password hash; undefined when it has no password (see verifyPhone). */
export type AccountCredentials = AccountRecord & { passwordHash: string | undefined };

/** What a registration did: a new row, or an unverified one taken over (kept to undo it). */
export interface Registration {
  id: number;
  superseded?: { passwordHash: string | null; role: Role };
}

interface AccountRow extends RowDataPacket {
  id: number;
  /** NULL only on a deleted account, which no lookup returns. */
  phone_number: string;
  role: Role;
  phone_verified_at: Date | null;
  created_at: Date;
  password_hash: string | null;
}

const COLUMNS = 'id, phone_number, role, phone_verified_at, created_at, password_hash';

const toRecord = (row: AccountRow): AccountRecord => ({
  id: row.id,
  phoneNumber: row.phone_number,
  role: row.role,
  phoneVerified: row.phone_verified_at !== null,
  createdAt: row.created_at,
});

const toCredentials = (row: AccountRow): AccountCredentials => ({
  ...toRecord(row),
  passwordHash: row.password_hash ?? undefined,
});

export interface AccountRepository {
  /**
   * Registers a phone number: a new account, or the unverified account of that number with
   * its password and role replaced. Undefined when the number is verified (taken).
   */
  register(phoneNumber: string, passwordHash: string, role: Role): Promise<Registration | undefined>;
  /** Undoes a registration whose code could not be sent, unless the phone got verified since. */
  undoRegistration(registration: Registration): Promise<void>;
  findById(id: number): Promise<AccountRecord | undefined>;
  findCredentialsById(id: number): Promise<AccountCredentials | undefined>;
  findByPhone(phoneNumber: string): Promise<AccountCredentials | undefined>;
  /**
   * Marks the phone verified. On its first verification the password is kept only when it is
   * still `confirmedHash` (the hash the grant's password matched); otherwise it is discarded.
   */
  verifyPhone(id: number, confirmedHash: string | undefined): Promise<void>;
  /** Sets a new password; the phone counts as verified (only its owner gets here). */
  replacePassword(id: number, passwordHash: string): Promise<void>;
  /**
   * Deletes the account as docs/accounts.md says: its created orders cancelled, its orders and
   * addresses anonymised, its profile gone, its phone number free. The deleted account's role,
   * or undefined when no live account has this id; throws a 409 while an order of it is under way.
   */
  delete(id: number): Promise<Role | undefined>;
}

/** What replaces a deleted account's streets and labels, in its addresses and its orders. */
const REMOVED = 'removed: the account was deleted';
const REMOVED_LABEL = 'removed';

/** Coordinates kept to 2 decimals (about 1 km): the books keep the area, not the door. */
const blurred = (column: string): string => `${column} = ROUND(${column}, 2)`;

async function deleteIn(connection: PoolConnection, id: number): Promise<Role | undefined> {
  const [[account]] = await connection.execute<(RowDataPacket & { role: Role })[]>(
    'SELECT role FROM account WHERE id = ? AND deleted_at IS NULL FOR UPDATE',
    [id],
  );
  if (!account) return undefined;
  // Addresses before orders: an order being placed holds its addresses' shared locks, so it
  // commits first and is found (and cancelled) below.
  await connection.execute(
    `UPDATE address SET label = ?, street = ?, ${blurred('lat')}, ${blurred('lng')},
            deleted_at = COALESCE(deleted_at, CURRENT_TIMESTAMP(3))
      WHERE user_id = ?`,
    [REMOVED_LABEL, REMOVED, id],
  );
  await connection.execute(
    "UPDATE `order` SET status = 'cancelled', cancelled_at = CURRENT_TIMESTAMP(3) WHERE user_id = ? AND status = 'created'",
    [id],
  );
  // After the cancel: an accept that won the race for a created order is seen here. Two
  // locking reads, each through its own index, so that only this account's orders are locked.
  let underWay: number | undefined;
  for (const column of ['user_id', 'driver_id'] as const) {
    const [[row]] = await connection.execute<(RowDataPacket & { id: number })[]>(
      `SELECT id FROM \`order\` WHERE ${column} = ? AND status IN ('accepted', 'picked_up') LIMIT 1 FOR UPDATE`,
      [id],
    );
    underWay ??= row?.id;
  }
  if (underWay !== undefined) throw problems.accountBusy(id, underWay);
  await connection.execute(
    `UPDATE \`order\` SET pickup_label = ?, pickup_street = ?, ${blurred('pickup_lat')}, ${blurred('pickup_lng')},
            dropoff_label = ?, dropoff_street = ?, ${blurred('dropoff_lat')}, ${blurred('dropoff_lng')}
      WHERE user_id = ?`,
    [REMOVED_LABEL, REMOVED, REMOVED_LABEL, REMOVED, id],
  );
  await connection.execute('DELETE FROM user_profile WHERE account_id = ?', [id]);
  await connection.execute('DELETE FROM driver_profile WHERE account_id = ?', [id]);
  await connection.execute(
    `UPDATE account SET phone_number = NULL, password_hash = NULL, phone_verified_at = NULL,
            deleted_at = CURRENT_TIMESTAMP(3)
      WHERE id = ?`,
    [id],
  );
  return account.role;
}

export function createAccountRepository(pool: Pool): AccountRepository {
  async function findOne(where: string, value: number | string): Promise<AccountRow | undefined> {
    const [rows] = await pool.execute<AccountRow[]>(
      `SELECT ${COLUMNS} FROM account WHERE ${where} = ? AND deleted_at IS NULL`,
      [value],
    );
    return rows[0];
  }

  return {
    async register(phoneNumber, passwordHash, role) {
      try {
        const [result] = await pool.execute<ResultSetHeader>(
          'INSERT INTO account (phone_number, password_hash, role) VALUES (?, ?, ?)',
          [phoneNumber, passwordHash, role],
        );
        return { id: result.insertId };
      } catch (error) {
        if ((error as { code?: string }).code !== 'ER_DUP_ENTRY') throw error;
      }
      const existing = await findOne('phone_number', phoneNumber);
      if (!existing || existing.phone_verified_at !== null) return undefined;
      // Conditional on what was read: a concurrent verification or registration wins, this one is 409.
      const [result] = await pool.execute<ResultSetHeader>(
        `UPDATE account SET password_hash = ?, role = ?
          WHERE id = ? AND phone_verified_at IS NULL AND password_hash <=> ?`,
        [passwordHash, role, existing.id, existing.password_hash],
      );
      if (result.affectedRows !== 1) return undefined;
      return { id: existing.id, superseded: { passwordHash: existing.password_hash, role: existing.role } };
    },

    async undoRegistration({ id, superseded }) {
      if (superseded) {
        await pool.execute(
          'UPDATE account SET password_hash = ?, role = ? WHERE id = ? AND phone_verified_at IS NULL',
          [superseded.passwordHash, superseded.role, id],
        );
      } else {
        await pool.execute('DELETE FROM account WHERE id = ? AND phone_verified_at IS NULL', [id]);
      }
    },

    async findById(id) {
      const row = await findOne('id', id);
      return row ? toRecord(row) : undefined;
    },

    async findCredentialsById(id) {
      const row = await findOne('id', id);
      return row ? toCredentials(row) : undefined;
    },

    async findByPhone(phoneNumber) {
      const row = await findOne('phone_number', phoneNumber);
      return row ? toCredentials(row) : undefined;
    },

    async verifyPhone(id, confirmedHash) {
      await pool.execute(
        `UPDATE account
            SET password_hash = IF(password_hash <=> ?, password_hash, NULL),
                phone_verified_at = CURRENT_TIMESTAMP(3)
          WHERE id = ? AND phone_verified_at IS NULL`,
        [confirmedHash ?? null, id],
      );
    },

    delete: (id) => inTransaction(pool, (connection) => deleteIn(connection, id)),

    async replacePassword(id, passwordHash) {
      await pool.execute(
        `UPDATE account
            SET password_hash = ?, phone_verified_at = COALESCE(phone_verified_at, CURRENT_TIMESTAMP(3))
          WHERE id = ?`,
        [passwordHash, id],
      );
    },
  };
}
