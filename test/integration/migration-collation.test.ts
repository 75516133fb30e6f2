/**
 * The schema does not depend on who created the database: migrated into a database whose default
 * collation is the server's (utf8mb4_general_ci, as the compose file's MYSQL_DATABASE or an
 * operator would make it) rather than db-setup's, every table and text column is still
 * utf8mb4_unicode_ci, so the triggers that compare `order` with `order_day_summary` never meet
 * "Illegal mix of collations" (migration 021). `schema_version` is postgrator's, not the schema's.
 */
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { testEnvironment } from '../support/env.ts';

const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'mysql://root@127.0.0.1:3306/';
const projectUrl = new URL(String(testEnvironment.DATABASE_URL));
const database = `${projectUrl.pathname.slice(1)}_server_default`;
const databaseUrl = Object.assign(new URL(projectUrl), { pathname: `/${database}` }).toString();
let admin: mysql.Connection;

beforeAll(async () => {
  admin = await mysql.createConnection({ uri: adminUrl });
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  for (const host of ['localhost', '127.0.0.1', '%']) {
    await admin.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [
      decodeURIComponent(projectUrl.username),
      host,
    ]);
  }
  await migrate(databaseUrl);
}, 60_000);

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.end();
});

describe('when the database was created with the server default collation', () => {
  it('then every table and text column of the migrated schema is utf8mb4_unicode_ci', async () => {
    const [tables] = await admin.query<RowDataPacket[]>(
      `SELECT table_name AS name, table_collation AS collation FROM information_schema.tables
        WHERE table_schema = ? AND table_type = 'BASE TABLE' AND table_collation <> 'utf8mb4_unicode_ci'
          AND table_name <> 'schema_version'`,
      [database],
    );
    const [columns] = await admin.query<RowDataPacket[]>(
      `SELECT CONCAT(table_name, '.', column_name) AS name, collation_name AS collation
         FROM information_schema.columns
        WHERE table_schema = ? AND collation_name IS NOT NULL AND collation_name <> 'utf8mb4_unicode_ci'
          AND table_name <> 'schema_version'`,
      [database],
    );
    expect([...tables, ...columns]).toEqual([]);
  });

  it('then the summary triggers accept an order and its cancel', async () => {
    const connection = await mysql.createConnection({ uri: databaseUrl });
    try {
      await connection.query("INSERT INTO account (phone_number, role) VALUES ('+6281100000001', 'user')");
      const [[account]] = await connection.query<RowDataPacket[]>('SELECT id FROM account');
      await connection.query(
        "INSERT INTO address (user_id, label, street, city_id, lat, lng) VALUES (?, 'Rumah', 'Jl. Rumah', 11, 0, 0)",
        [account?.id],
      );
      const [[address]] = await connection.query<RowDataPacket[]>('SELECT id FROM address');
      await connection.query(
        `INSERT INTO \`order\` (user_id, status, total, currency, item_count,
           pickup_address_id, pickup_label, pickup_street, pickup_city_id, pickup_lat, pickup_lng,
           dropoff_address_id, dropoff_label, dropoff_street, dropoff_city_id, dropoff_lat, dropoff_lng)
         VALUES (?, 'created', 1000, 'IDR', 1, ?, 'Toko', 'Jl. Toko', 11, 0, 0, ?, 'Rumah', 'Jl. Rumah', 11, 0, 0)`,
        [account?.id, address?.id, address?.id],
      );
      await connection.query("UPDATE `order` SET status = 'cancelled'");
      const [summary] = await connection.query<RowDataPacket[]>(
        'SELECT CAST(SUM(order_count) AS UNSIGNED) AS orders, CAST(SUM(cancelled_count) AS UNSIGNED) AS cancelled FROM order_day_summary',
      );
      expect(summary).toEqual([{ orders: 1, cancelled: 1 }]);
    } finally {
      await connection.end();
    }
  });
});
