/**
 * Orders waiting for a driver, inserted directly in SQL (one INSERT ... SELECT over the sequence
 * engine, plus one line each): the accept scenario's pool and the offers' fixed set.
 */
import type { RowDataPacket } from 'mysql2/promise';
import type { Pool } from '../src/db/mysql.ts';

export async function insertCreatedOrders(
  pool: Pool,
  owner: { userId: number; addressId: number; productId: number },
  count: number,
): Promise<number[]> {
  if (count <= 0) return [];
  const [[marker]] = await pool.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) AS id FROM `order`');
  const firstId = Number(marker?.id ?? 0) + 1;
  await pool.query(
    `INSERT INTO \`order\` (user_id, status, total, item_count,
        pickup_address_id, pickup_label, pickup_street, pickup_city_id, pickup_lat, pickup_lng,
        dropoff_address_id, dropoff_label, dropoff_street, dropoff_city_id, dropoff_lat, dropoff_lng)
     SELECT a.user_id, 'created', p.price, 1, a.id, a.label, a.street, a.city_id, a.lat, a.lng,
            a.id, a.label, a.street, a.city_id, a.lat, a.lng
       FROM seq_1_to_${count} JOIN address a ON a.id = ? JOIN product p ON p.id = ?`,
    [owner.addressId, owner.productId],
  );
  await pool.query(
    `INSERT INTO order_item (order_id, position, product_id, name, unit_price, quantity, line_total)
     SELECT o.id, 0, p.id, p.name, p.price, 1, p.price FROM \`order\` o JOIN product p ON p.id = ?
      WHERE o.id >= ? AND o.user_id = ?`,
    [owner.productId, firstId, owner.userId],
  );
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT id FROM `order` WHERE id >= ? AND user_id = ? AND status = 'created' ORDER BY id",
    [firstId, owner.userId],
  );
  return rows.map((row) => Number(row.id));
}
