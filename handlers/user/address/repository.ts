/** Saved addresses in MySQL; deleting is soft (orders keep theirs). SQL only. */
import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { isBrokenReference } from '../../../src/db/constraints.ts';
import { inTransaction } from '../../../src/db/transaction.ts';
import { problems } from '../../../src/errors.ts';
import type { Page } from '../../../src/runtime/paging.ts';

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

/** The city foreign key refused the row: a 422 on `city_id`. */
function rethrowUnknownCity(error: unknown, cityId: number | undefined): never {
  if (isBrokenReference(error, 'address_city')) {
    throw problems.invalidField('city_id', `city ${cityId ?? 0} does not exist`);
  }
  throw error;
}

export interface AddressRepository {
  /** One page of the user's live addresses, newest first. */
  listPage(userId: number, offset: number, limit: number): Promise<Page<AddressRecord>>;
  /**
   * The new address's id. Throws a 422 when the city does not exist or the user already has
   * `limit` live addresses, and 401.4 when the account was deleted while the request ran.
   */
  create(userId: number, input: AddressInput, limit: number): Promise<number>;
  /** A live address of this user. */
  findById(userId: number, id: number): Promise<AddressRecord | undefined>;
  /** Whether this user has this live address; throws a 422 when the new city does not exist. */
  update(userId: number, id: number, fields: Partial<AddressInput>): Promise<boolean>;
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

    create: (userId, input, limit) =>
      inTransaction(pool, async (connection) => {
        // The account's row lock serialises this user's creates, so two at the limit cannot
        // both count limit - 1 and both insert.
        const [owner] = await connection.execute<RowDataPacket[]>(
          'SELECT id FROM account WHERE id = ? AND deleted_at IS NULL FOR UPDATE',
          [userId],
        );
        if (owner.length === 0) throw problems.tokenRevoked();
        const [[counted]] = await connection.execute<(RowDataPacket & { live: number })[]>(
          'SELECT COUNT(*) AS live FROM address WHERE user_id = ? AND deleted_at IS NULL',
          [userId],
        );
        if ((counted?.live ?? 0) >= limit) throw problems.addressLimitReached(userId, limit);
        try {
          const [result] = await connection.execute<ResultSetHeader>(
            'INSERT INTO address (user_id, label, street, city_id, lat, lng) VALUES (?, ?, ?, ?, ?, ?)',
            [userId, input.label, input.street, input.city_id, input.lat, input.lng],
          );
          return result.insertId;
        } catch (error) {
          return rethrowUnknownCity(error, input.city_id);
        }
      }),

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
      if (assignments.length === 0) return false;
      try {
        // affectedRows counts matched rows (FOUND_ROWS), so an unchanged address is still found.
        const [result] = await pool.execute<ResultSetHeader>(
          `UPDATE address SET ${assignments.join(', ')}, updated_at = CURRENT_TIMESTAMP(3)
            WHERE id = ? AND user_id = ? AND deleted_at IS NULL`,
          [...values, id, userId],
        );
        return result.affectedRows > 0;
      } catch (error) {
        return rethrowUnknownCity(error, fields.city_id);
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
