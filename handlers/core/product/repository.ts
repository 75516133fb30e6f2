/**
 * Product rows in MySQL, with Redis cache-aside for reads by id (invalidated on every write
 * of that product). SQL and Redis only; returns plain records.
 */
import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { Redis } from 'ioredis';

export interface ProductRecord {
  id: number;
  name: string;
  /** DECIMAL(12,2) as mysql2 returns it. */
  price: string;
  imageUrl: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductInput {
  name: string;
  price: number;
  image_url: string;
}

interface ProductRow extends RowDataPacket {
  id: number;
  name: string;
  price: string;
  image_url: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'p.id, p.name, p.price, p.image_url, p.created_at, p.updated_at';

function toRecord(row: ProductRow): ProductRecord {
  return {
    id: row.id,
    name: row.name,
    price: row.price,
    imageUrl: row.image_url,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const cacheKey = (id: number): string => `product:${id}`;

function fromCache(text: string): ProductRecord {
  const cached = JSON.parse(text) as Omit<ProductRecord, 'createdAt' | 'updatedAt'> & {
    createdAt: string;
    updatedAt: string;
  };
  return { ...cached, createdAt: new Date(cached.createdAt), updatedAt: new Date(cached.updatedAt) };
}

export interface ProductRepository {
  findById(id: number): Promise<ProductRecord | undefined>;
  /** One page, newest first, and the number of live products (0 when the page is empty). */
  listPage(offset: number, limit: number): Promise<{ records: ProductRecord[]; total: number }>;
  create(input: ProductInput): Promise<number>;
  /** Sets the given fields; false when no live product has this id. */
  update(id: number, fields: Partial<ProductInput>): Promise<boolean>;
  softDelete(id: number): Promise<boolean>;
}

export function createProductRepository(
  pool: Pool,
  redis: Redis,
  cacheTtlSeconds: number,
): ProductRepository {
  async function invalidate(id: number): Promise<void> {
    await redis.del(cacheKey(id));
  }

  return {
    async findById(id) {
      const cached = await redis.get(cacheKey(id));
      if (cached !== null) return fromCache(cached);
      const [rows] = await pool.execute<ProductRow[]>(
        `SELECT ${COLUMNS} FROM product p WHERE p.id = ? AND p.deleted_at IS NULL`,
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      const record = toRecord(row);
      await redis.set(cacheKey(id), JSON.stringify(record), 'EX', cacheTtlSeconds);
      return record;
    },

    async listPage(offset, limit) {
      // Deferred join: the inner query walks only the (deleted_at, id) index; the count
      // comes from the trigger-maintained row_count, in the same round trip.
      const [rows] = await pool.execute<(ProductRow & { total: number | string })[]>(
        `SELECT ${COLUMNS}, (SELECT total FROM row_count WHERE name = 'product') AS total
           FROM (SELECT id FROM product WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ? OFFSET ?) AS page
           JOIN product p ON p.id = page.id
          ORDER BY p.id DESC`,
        [String(limit), String(offset)],
      );
      return { records: rows.map(toRecord), total: Number(rows[0]?.total ?? 0) };
    },

    async create(input) {
      const [result] = await pool.execute<ResultSetHeader>(
        'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
        [input.name, input.price.toFixed(2), input.image_url],
      );
      return result.insertId;
    },

    async update(id, fields) {
      const assignments: string[] = [];
      const values: string[] = [];
      if (fields.name !== undefined) {
        assignments.push('name = ?');
        values.push(fields.name);
      }
      if (fields.price !== undefined) {
        assignments.push('price = ?');
        values.push(fields.price.toFixed(2));
      }
      if (fields.image_url !== undefined) {
        assignments.push('image_url = ?');
        values.push(fields.image_url);
      }
      if (assignments.length === 0) return false;
      // Touch updated_at even when the values are unchanged, so affectedRows says "found".
      const [result] = await pool.execute<ResultSetHeader>(
        `UPDATE product SET ${assignments.join(', ')}, updated_at = CURRENT_TIMESTAMP(3)
          WHERE id = ? AND deleted_at IS NULL`,
        [...values, String(id)],
      );
      await invalidate(id);
      return result.affectedRows > 0;
    },

    async softDelete(id) {
      const [result] = await pool.execute<ResultSetHeader>(
        'UPDATE product SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND deleted_at IS NULL',
        [id],
      );
      await invalidate(id);
      return result.affectedRows > 0;
    },
  };
}
