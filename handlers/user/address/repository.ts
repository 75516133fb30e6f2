/** Saved addresses in MySQL; deleting is soft (orders keep theirs). SQL only. */
import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';

export interface AddressRecord {
  id: number;
  userId: number;
  label: string;
  street: string;
  cityId: number;
  lat: number;
  lng: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface AddressInput {
  label: string;
  street: string;
  city_id: number;
  lat: number;
  lng: number;
}

export interface Page<T> {
  records: T[];
  /** Rows in the whole collection; 0 when the page is empty. */
  total: number;
}

interface AddressRow extends RowDataPacket {
  id: number;
  user_id: number;
  label: string;
  street: string;
  city_id: number;
  lat: number;
  lng: number;
  created_at: Date;
  updated_at: Date;
  total?: number | string;
}

const COLUMNS = 'id, user_id, label, street, city_id, lat, lng, created_at, updated_at';

const toRecord = (row: AddressRow): AddressRecord => ({
  id: row.id,
  userId: row.user_id,
  label: row.label,
  street: row.street,
  cityId: row.city_id,
  lat: row.lat,
  lng: row.lng,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The city foreign key refused the row: no such city. */
function brokenReference(error: unknown, constraint: string): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === 'ER_NO_REFERENCED_ROW_2' && (message ?? '').includes(constraint);
}

const isUnknownCity = (error: unknown): boolean => brokenReference(error, 'address_city');

export type AddressWrite = 'done' | 'not_found' | 'unknown_city';

export interface AddressRepository {
  /** One page of the user's live addresses, newest first. */
  listPage(userId: number, offset: number, limit: number): Promise<Page<AddressRecord>>;
  /** The new address's id, or why there is none: the city or the account does not exist. */
  create(userId: number, input: AddressInput): Promise<number | 'unknown_city' | 'unknown_user'>;
  /** Whether the account exists (an access token can outlive it). */
  userExists(userId: number): Promise<boolean>;
  /** A live address of this user. */
  findById(userId: number, id: number): Promise<AddressRecord | undefined>;
  update(userId: number, id: number, fields: Partial<AddressInput>): Promise<AddressWrite>;
  softDelete(userId: number, id: number): Promise<boolean>;
}

export function createAddressRepository(pool: Pool): AddressRepository {
  return {
    async listPage(userId, offset, limit) {
      const [rows] = await pool.execute<AddressRow[]>(
        `SELECT ${COLUMNS}, COUNT(*) OVER () AS total FROM address
          WHERE user_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT ? OFFSET ?`,
        [userId, String(limit), String(offset)],
      );
      return { records: rows.map(toRecord), total: Number(rows[0]?.total ?? 0) };
    },

    async create(userId, input) {
      try {
        const [result] = await pool.execute<ResultSetHeader>(
          'INSERT INTO address (user_id, label, street, city_id, lat, lng) VALUES (?, ?, ?, ?, ?, ?)',
          [userId, input.label, input.street, input.city_id, input.lat, input.lng],
        );
        return result.insertId;
      } catch (error) {
        if (isUnknownCity(error)) return 'unknown_city';
        if (brokenReference(error, 'address_user')) return 'unknown_user';
        throw error;
      }
    },

    async userExists(userId) {
      const [rows] = await pool.execute<RowDataPacket[]>('SELECT 1 FROM account WHERE id = ?', [userId]);
      return rows.length > 0;
    },

    async findById(userId, id) {
      const [rows] = await pool.execute<AddressRow[]>(
        `SELECT ${COLUMNS} FROM address WHERE id = ? AND user_id = ? AND deleted_at IS NULL`,
        [id, userId],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async update(userId, id, fields) {
      const assignments: string[] = [];
      const values: (string | number)[] = [];
      for (const column of ['label', 'street', 'city_id', 'lat', 'lng'] as const) {
        const value = fields[column];
        if (value === undefined) continue;
        assignments.push(`${column} = ?`);
        values.push(value);
      }
      if (assignments.length === 0) return 'not_found';
      try {
        // affectedRows counts matched rows (FOUND_ROWS), so an unchanged address is still found.
        const [result] = await pool.execute<ResultSetHeader>(
          `UPDATE address SET ${assignments.join(', ')}, updated_at = CURRENT_TIMESTAMP(3)
            WHERE id = ? AND user_id = ? AND deleted_at IS NULL`,
          [...values, id, userId],
        );
        return result.affectedRows > 0 ? 'done' : 'not_found';
      } catch (error) {
        if (isUnknownCity(error)) return 'unknown_city';
        throw error;
      }
    },

    async softDelete(userId, id) {
      const [result] = await pool.execute<ResultSetHeader>(
        'UPDATE address SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND user_id = ? AND deleted_at IS NULL',
        [id, userId],
      );
      return result.affectedRows > 0;
    },
  };
}
