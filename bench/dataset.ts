/**
 * The bench's data: its own databases (never the test or development one), created and
 * migrated by scripts/db-setup.ts, and catalogues topped up to a size. A catalogue already at
 * its size is reused as it is (the counts are checked), so only the first run pays the seeding.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { RowDataPacket } from 'mysql2/promise';
import type { Pool } from '../src/db/mysql.ts';

export function setupDatabase(root: string, databaseUrl: string): void {
  execFileSync(process.execPath, [path.join(root, 'scripts/db-setup.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  });
}

/** The development seed's realistic catalogue (scripts/seed.ts), for the main scenarios. */
export function seedCatalogue(root: string, databaseUrl: string, products: number): void {
  execFileSync(process.execPath, [path.join(root, 'scripts/seed.ts'), '--products', String(products)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  });
}

/** The same database under another name (the growth scenario's catalogues), same user. */
export function siblingDatabase(databaseUrl: string, suffix: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

export async function liveProducts(pool: Pool): Promise<number> {
  const [[row]] = await pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS live FROM product WHERE deleted_at IS NULL',
  );
  return Number(row?.live ?? 0);
}

/**
 * Tops the catalogue up to `target` live products in one INSERT ... SELECT over MariaDB's
 * sequence engine (seq_1_to_N): a million rows without a million round trips. The row_count
 * triggers keep the list's total, row by row, inside the statement.
 */
export async function topUpProducts(
  pool: Pool,
  target: number,
): Promise<{ live: number; added: number; ms: number }> {
  const live = await liveProducts(pool);
  const missing = target - live;
  if (missing <= 0) return { live, added: 0, ms: 0 };
  const started = performance.now();
  await pool.query(
    `INSERT INTO product (name, price, image_url, created_at, updated_at)
     SELECT CONCAT('Produk Bench ', ? + seq), 5000 + (seq MOD 400) * 500,
            CONCAT('https://images.example.com/product/bench-', ? + seq, '.jpg'),
            NOW(3) - INTERVAL (? - seq) SECOND, NOW(3) - INTERVAL (? - seq) SECOND
       FROM seq_1_to_${missing}`,
    [live, live, missing, missing],
  );
  return { live: target, added: missing, ms: performance.now() - started };
}

export async function liveProductIds(pool: Pool): Promise<number[]> {
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT id FROM product WHERE deleted_at IS NULL ORDER BY id',
  );
  return rows.map((row) => Number(row.id));
}
