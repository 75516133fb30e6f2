/**
 * Deep product list pages seek from cached page boundaries (handlers/core/product/list-seek.ts),
 * of the whole catalogue (v2) and of IDR products only (v1): against the real MySQL and Redis,
 * every page matches a plain `OFFSET` read, also after writes through the API and rows written
 * behind its back, and a page reads about one stride of the index, at any depth.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProductRepository, type ProductRepository } from '../../handlers/core/product/index.ts';
import { LIST_SEEK_KEY, SEEK_STRIDE, seekKey } from '../../handlers/core/product/list-seek.ts';
import { createPool, type Pool } from '../../src/db/mysql.ts';
import { testEnvironment } from '../support/env.ts';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let products: ProductRepository;
const PER_PAGE = 20;
/** The catalogue's lists: every product (v2), and IDR products only (v1). */
const scopes = [undefined, 'IDR'] as const;
type Scope = (typeof scopes)[number];
const IDR_SEEK_KEY = seekKey({ countName: 'product_idr', currency: 'IDR' });

/** Ids of a page as a plain `OFFSET` read gives them, and the live count. */
async function plainPage(offset: number, currency?: Scope): Promise<{ ids: number[]; total: number }> {
  const where = currency ? 'deleted_at IS NULL AND currency = ?' : 'deleted_at IS NULL';
  const scope = currency ? [currency] : [];
  const [rows] = await server.pool.query<RowDataPacket[]>(
    `SELECT id FROM product WHERE ${where} ORDER BY id DESC LIMIT ? OFFSET ?`,
    [...scope, PER_PAGE, offset],
  );
  const [[count]] = await server.pool.query<RowDataPacket[]>(
    `SELECT COUNT(*) AS total FROM product WHERE ${where}`,
    scope,
  );
  const ids = rows.map((row) => Number(row.id));
  return { ids, total: ids.length > 0 ? Number(count?.total) : 0 };
}

/** The repository's page with its page cache dropped (the seek boundaries stay). */
async function servedPage(offset: number, currency?: Scope): Promise<{ ids: number[]; total: number }> {
  await server.redis.del('product:list');
  const page = await products.listPage(offset, PER_PAGE, {
    variants: false,
    ...(currency ? { currency } : {}),
  });
  return { ids: page.records.map((record) => record.id), total: page.total };
}

/** Every page of both lists, served, is the page a plain OFFSET read gives. */
async function expectEveryPageRight(): Promise<void> {
  for (const currency of scopes)
    for (const offset of offsets)
      expect(await servedPage(offset, currency), `offset ${offset} ${currency ?? 'all'}`).toEqual(
        await plainPage(offset, currency),
      );
}

/** Waits for the background scans to store boundaries taken at the live counts of both lists. */
async function boundariesAt(total: number): Promise<void> {
  const idr = (await plainPage(0, 'IDR')).total;
  for (let waited = 0; waited < 5000; waited += 20) {
    const [all, ofIdr] = await Promise.all([
      server.redis.hget(LIST_SEEK_KEY, 'total'),
      server.redis.hget(IDR_SEEK_KEY, 'total'),
    ]);
    if (all === String(total) && ofIdr === String(idr)) return;
    // A deep page of a list without boundaries starts their scan.
    if (all !== String(total)) await servedPage(SEEK_STRIDE);
    if (ofIdr !== String(idr)) await servedPage(SEEK_STRIDE, 'IDR');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no boundaries at ${total} products (${idr} in IDR) after 5 s`);
}

/** Every third product priced in SGD: v1's IDR list is not the catalogue's. */
async function insertBehindTheApi(count: number): Promise<void> {
  await server.pool.query({
    sql: `INSERT INTO product (name, price, currency, image_url)
          SELECT CONCAT('Seeded ', seq), 1000.00, IF(seq MOD 3 = 0, 'SGD', 'IDR'), 'https://images.example.com/p.jpg'
            FROM seq_1_to_${count}`,
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
  it('then every page of both lists, before and past its end, is the page a plain OFFSET read gives', async () => {
    // The first deep page reads with OFFSET and starts the boundaries' scan; later ones seek.
    expect(await servedPage(SEEK_STRIDE)).toEqual(await plainPage(SEEK_STRIDE));
    expect(await servedPage(SEEK_STRIDE, 'IDR')).toEqual(await plainPage(SEEK_STRIDE, 'IDR'));
    await boundariesAt(2500);
    await expectEveryPageRight();
  });

  it('then rows written behind the API are seen at once: the boundaries no longer match the count', async () => {
    await boundariesAt(2500);
    await insertBehindTheApi(30);
    await server.pool.query('UPDATE product SET deleted_at = NOW() WHERE id IN (5, 1500)');
    await expectEveryPageRight();
    await boundariesAt(2528);
    await expectEveryPageRight();
  });

  it('then a write through the API drops the boundaries of both lists, and the next deep page is right', async () => {
    await boundariesAt(2528);
    const id = await products.create({
      name: 'Kopi',
      price: 18000,
      currency: 'IDR',
      imageUrl: 'https://images.example.com/kopi.jpg',
      variants: [],
    });
    expect(await server.redis.exists(LIST_SEEK_KEY, IDR_SEEK_KEY)).toBe(0);
    expect((await plainPage(0)).ids[0]).toBe(id);
    expect(await products.softDelete((await plainPage(SEEK_STRIDE, 'IDR')).ids[3] ?? 0)).toBe(true);
    await expectEveryPageRight();
    await boundariesAt(2528);
    await expectEveryPageRight();
  });
});

describe('when a page deep in a large catalogue is read', () => {
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

  it('then it walks about one stride of the index from its boundary, in both lists, at any depth', async () => {
    await insertBehindTheApi(20_000);
    await boundariesAt((await plainPage(0)).total);
    for (const currency of scopes) {
      const { total } = await plainPage(0, currency);
      // Pages in the upper half of the list too, where walking down from the newest product
      // looked cheaper to MariaDB than the range below the boundary.
      for (const share of [0.2, 0.35, 0.5, 0.7]) {
        const offset = Math.floor((total * share) / PER_PAGE) * PER_PAGE;
        await server.redis.del('product:list');
        const before = await entriesRead();
        const page = await counted.listPage(offset, PER_PAGE, {
          variants: false,
          ...(currency ? { currency } : {}),
        });
        const read = (await entriesRead()) - before;
        const where = `offset ${offset} of ${total} (${currency ?? 'all'})`;
        expect(
          page.records.map((record) => record.id),
          where,
        ).toEqual((await plainPage(offset, currency)).ids);
        // The boundary's stride and the page's own rows (joined back by key), never thousands more.
        expect(read, `index entries read at ${where}`).toBeLessThanOrEqual(SEEK_STRIDE + 3 * PER_PAGE);
      }
    }
  });
});
