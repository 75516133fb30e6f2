/** User profiles in MySQL: an account with role 'user' and its optional profile row. SQL only. */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { upsertProfile } from '../../shared/own-profile.ts';

export interface UserRecord {
  id: number;
  phoneNumber: string;
  /** "" until set. */
  displayName: string;
  createdAt: Date;
}

interface UserRow extends RowDataPacket {
  id: number;
  phone_number: string;
  display_name: string;
  created_at: Date;
}

export interface UserProfileRepository {
  /** The user with this account id, or undefined when no account with role 'user' has it. */
  findById(id: number): Promise<UserRecord | undefined>;
  /** Sets the display name; false when no account with role 'user' has this id. */
  setDisplayName(id: number, displayName: string): Promise<boolean>;
}

export function createUserProfileRepository(pool: Pool): UserProfileRepository {
  return {
    async findById(id) {
      const [rows] = await pool.execute<UserRow[]>(
        `SELECT a.id, a.phone_number, COALESCE(p.display_name, '') AS display_name, a.created_at
           FROM account a LEFT JOIN user_profile p ON p.account_id = a.id
          WHERE a.id = ? AND a.role = 'user' AND a.deleted_at IS NULL`,
        [id],
      );
      const row = rows[0];
      return row
        ? {
            id: row.id,
            phoneNumber: row.phone_number,
            displayName: row.display_name,
            createdAt: row.created_at,
          }
        : undefined;
    },

    setDisplayName: (id, displayName) => upsertProfile(pool, 'user', id, { display_name: displayName }),
  };
}
