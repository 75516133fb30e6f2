/** Accounts in MySQL. SQL only; the password hash is returned only to the credential checks. */
import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';

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
}

export function createAccountRepository(pool: Pool): AccountRepository {
  async function findOne(where: string, value: number | string): Promise<AccountRow | undefined> {
    const [rows] = await pool.execute<AccountRow[]>(`SELECT ${COLUMNS} FROM account WHERE ${where} = ?`, [
      value,
    ]);
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
