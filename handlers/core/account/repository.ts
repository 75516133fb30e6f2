/** Accounts in MySQL. SQL only; the password hash is returned only to the credential check. */
import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';

export type Role = 'user' | 'driver' | 'admin';

export interface AccountRecord {
  id: number;
  phoneNumber: string;
  role: Role;
  phoneVerified: boolean;
  createdAt: Date;
}

interface AccountRow extends RowDataPacket {
  id: number;
  phone_number: string;
  role: Role;
  phone_verified_at: Date | null;
  created_at: Date;
  password_hash: string;
}

const toRecord = (row: AccountRow): AccountRecord => ({
  id: row.id,
  phoneNumber: row.phone_number,
  role: row.role,
  phoneVerified: row.phone_verified_at !== null,
  createdAt: row.created_at,
});

export interface AccountRepository {
  /** The new account's id, or undefined when the phone number is taken. */
  create(phoneNumber: string, passwordHash: string, role: Role): Promise<number | undefined>;
  findById(id: number): Promise<AccountRecord | undefined>;
  findByPhone(phoneNumber: string): Promise<(AccountRecord & { passwordHash: string }) | undefined>;
  markPhoneVerified(id: number): Promise<void>;
}

export function createAccountRepository(pool: Pool): AccountRepository {
  return {
    async create(phoneNumber, passwordHash, role) {
      try {
        const [result] = await pool.execute<ResultSetHeader>(
          'INSERT INTO account (phone_number, password_hash, role) VALUES (?, ?, ?)',
          [phoneNumber, passwordHash, role],
        );
        return result.insertId;
      } catch (error) {
        if ((error as { code?: string }).code === 'ER_DUP_ENTRY') return undefined;
        throw error;
      }
    },

    async findById(id) {
      const [rows] = await pool.execute<AccountRow[]>(
        'SELECT id, phone_number, role, phone_verified_at, created_at FROM account WHERE id = ?',
        [id],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async findByPhone(phoneNumber) {
      const [rows] = await pool.execute<AccountRow[]>(
        'SELECT id, phone_number, role, phone_verified_at, created_at, password_hash FROM account WHERE phone_number = ?',
        [phoneNumber],
      );
      return rows[0] ? { ...toRecord(rows[0]), passwordHash: rows[0].password_hash } : undefined;
    },

    async markPhoneVerified(id) {
      await pool.execute(
        'UPDATE account SET phone_verified_at = COALESCE(phone_verified_at, CURRENT_TIMESTAMP(3)) WHERE id = ?',
        [id],
      );
    },
  };
}
