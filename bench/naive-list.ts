/** What the product list was before the deferred join and the row_count table: the bench's "naive" server. */
import type { RowDataPacket } from 'mysql2/promise';
import type { Pool } from '../src/db/mysql.ts';
import type { ProductRecord } from '../handlers/core/product/index.ts';

interface NaiveRow extends RowDataPacket {
  id: number;
  name: string;
  price: string;
  currency: string;
  image_url: string;
  created_at: Date;
  updated_at: Date;
}

/** What the product list was before the deferred join and the row_count table. */
export async function naiveListPage(
  pool: Pool,
  offset: number,
  limit: number,
): Promise<{ records: ProductRecord[]; total: number }> {
  const [rows] = await pool.execute<NaiveRow[]>(
    `SELECT id, name, price, currency, image_url, created_at, updated_at FROM product
      WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ? OFFSET ?`,
    [String(limit), String(offset)],
  );
  const [[counted]] = await pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS total FROM product WHERE deleted_at IS NULL',
  );
  return {
    records: rows.map((row) => ({
      id: row.id,
      name: row.name,
      price: row.price,
      currency: row.currency,
      imageUrl: row.image_url,
      // v1 lists never show variants, and the repository does not read them for v1 either.
      variants: [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    total: Number(counted?.total ?? 0),
  };
}
