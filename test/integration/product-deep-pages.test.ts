/**
 * Deep product list pages seek from cached page boundaries (handlers/core/product/list-seek.ts):
 * against the real MySQL and Redis, every page matches a plain `OFFSET` read, also after writes
 * through the API and rows written behind its back.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProductRepository, type ProductRepository } from '../../handlers/core/product/index.ts';
import { LIST_SEEK_KEY, SEEK_STRIDE } from '../../handlers/core/product/list-seek.ts';
import { createPool, type Pool } from '../../src/db/mysql.ts';
import { testEnvironment } from '../support/env.ts';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let products: ProductRepository;
const PER_PAGE = 20;

/** Ids of a page as a plain `OFFSET` read gives them, and the live count. */
async function plainPage(offset: number): Promise<{ ids: number[]; total: number }> {
  const [rows] = await server.pool.query<RowDataPacket[]>(
    'SELECT id FROM product WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ? OFFSET ?',
    [PER_PAGE, offset],
  );
  const [[count]] = await server.pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS total FROM product WHERE deleted_at IS NULL',
  );
  const ids = rows.map((row) => Number(row.id));
  return { ids, total: ids.length > 0 ? Number(count?.total) : 0 };
}

/** The repository's page with its page cache dropped (the seek boundaries stay). */
async function servedPage(offset: number): Promise<{ ids: number[]; total: number }> {
  await server.redis.del('product:list');
  const page = await products.listPage(offset, PER_PAGE);
  return { ids: page.records.map((record) => record.id), total: page.total };
}

/** Waits for the background scan to store boundaries taken at `total` live products. */
async function boundariesAt(total: number): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    if ((await server.redis.hget(LIST_SEEK_KEY, 'total')) === String(total)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no boundaries at ${total} products after 5 s`);
}

async function insertBehindTheApi(count: number): Promise<void> {
  await server.pool.query({
    sql: `INSERT INTO product (name, price, currency, image_url)
          SELECT CONCAT('Seeded ', seq), 1000.00, 'IDR', 'https://images.example.com/p.jpg' FROM seq_1_to_${count}`,
    // Thousands of rows and their triggers, on a shared machine: beyond the API's 500 ms.
    timeout: 30_000,
  });
}

const offsets = [
  0,
  SEEK_STRIDE - PER_PAGE,
  SEEK_STRIDE,
  SEEK_STRIDE + 7,
  2 * SEEK_STRIDE + 480,
  2490,
  2500,
  9000,
];

beforeAll(async () => {
  server = await startTestServer();
  await resetProducts(server);
  await insertBehindTheApi(2500);
  products = createProductRepository(server.pool, server.redis, 60);
});
afterAll(async () => {
  await server.pool.query({ sql: 'DELETE FROM product', timeout: 30_000 });
  await resetProducts(server);
  await server.close();
});

describe('when a catalogue has more products than one seek stride', () => {
  it('then every page, before and past its end, is the page a plain OFFSET read gives', async () => {
    // The first deep page reads with OFFSET and starts the boundaries' scan; later ones seek.
    expect(await servedPage(SEEK_STRIDE)).toEqual(await plainPage(SEEK_STRIDE));
    await boundariesAt(2500);
    for (const offset of offsets)
      expect(await servedPage(offset), `offset ${offset}`).toEqual(await plainPage(offset));
  });

  it('then rows written behind the API are seen at once: the boundaries no longer match the count', async () => {
    await boundariesAt(2500);
    await insertBehindTheApi(30);
    await server.pool.query('UPDATE product SET deleted_at = NOW() WHERE id IN (5, 1500)');
    for (const offset of offsets)
      expect(await servedPage(offset), `offset ${offset}`).toEqual(await plainPage(offset));
    await boundariesAt(2528);
    for (const offset of offsets)
      expect(await servedPage(offset), `offset ${offset}`).toEqual(await plainPage(offset));
  });

  it('then a write through the API drops the boundaries, and the next deep page is right', async () => {
    await boundariesAt(2528);
    const id = await products.create({
      name: 'Kopi',
      price: 18000,
      currency: 'IDR',
      imageUrl: 'https://images.example.com/kopi.jpg',
      variants: [],
    });
    expect(await server.redis.exists(LIST_SEEK_KEY)).toBe(0);
    expect((await plainPage(0)).ids[0]).toBe(id);
    expect(await products.softDelete((await plainPage(SEEK_STRIDE)).ids[3] ?? 0)).toBe(true);
    for (const offset of offsets)
      expect(await servedPage(offset), `offset ${offset}`).toEqual(await plainPage(offset));
    await boundariesAt(2528);
    for (const offset of offsets)
      expect(await servedPage(offset), `offset ${offset}`).toEqual(await plainPage(offset));
  });
});

describe('when a page deep in the upper half of a large catalogue is read', () => {
  // One connection, so the session's handler counters are those of the repository's reads.
  let single: Pool;
  let counted: ProductRepository;
  beforeAll(async () => {
    single = createPool(String(testEnvironment.DATABASE_URL), 1);
    counted = createProductRepository(single, server.redis, 60);
  });
  afterAll(async () => {
    await single.end();
  });

  /** Index entries the session has read so far. */
  async function entriesRead(): Promise<number> {
    const [rows] = await single.query<RowDataPacket[]>(
      "SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_key', 'Handler_read_next', 'Handler_read_prev')",
    );
    return rows.reduce((sum, row) => sum + Number(row.Value), 0);
  }

  it('then it walks about one stride of the index from its boundary, not down from the newest product', async () => {
    await insertBehindTheApi(20_000);
    const { total } = await plainPage(0);
    await servedPage(SEEK_STRIDE);
    await boundariesAt(total);
    for (const offset of [5_000, 8_000, Math.floor(total / 2 / PER_PAGE) * PER_PAGE, 15_000]) {
      await server.redis.del('product:list');
      const before = await entriesRead();
      const page = await counted.listPage(offset, PER_PAGE);
      const read = (await entriesRead()) - before;
      expect({ offset, ids: page.records.map((record) => record.id) }).toEqual({
        offset,
        ids: (await plainPage(offset)).ids,
      });
      // The boundary's stride and the page's own rows (joined back by key), never thousands more.
      expect(read, `index entries read at offset ${offset}`).toBeLessThanOrEqual(SEEK_STRIDE + 3 * PER_PAGE);
    }
  });
});
