/**
 * Product rows in MySQL, with Redis cache-aside for reads by id (invalidated on every write
 * of that product). SQL and Redis only; returns plain records. v1 and v2 read the same rows.
 */
import type { Pool, PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { inTransaction } from '../../../src/db/transaction.ts';
import type { Redis } from 'ioredis';
import { createListSeek, seekKey, SEEK_STRIDE, type SeekScope } from './list-seek.ts';

export interface VariantRecord {
  id: number;
  name: string;
  /** DECIMAL(12,2) as mysql2 returns it, in the product's currency. */
  price: string;
}

export interface ProductRecord {
  id: number;
  name: string;
  /** DECIMAL(12,2) as mysql2 returns it. */
  price: string;
  /** ISO 4217; every product created through v1 is IDR. */
  currency: string;
  imageUrl: string;
  variants: VariantRecord[];
  createdAt: Date;
  updatedAt: Date;
}

/** What a write may set; variants, when given, replace the product's variants. */
export interface ProductFields {
  name: string;
  price: number;
  currency: string;
  imageUrl: string;
  variants: { name: string; amount: number }[];
}

interface ProductRow extends RowDataPacket {
  id: number;
  name: string;
  price: string;
  currency: string;
  image_url: string;
  created_at: Date;
  updated_at: Date;
}

interface VariantRow extends RowDataPacket {
  id: number;
  product_id: number;
  name: string;
  price: string;
}

const COLUMNS = 'p.id, p.name, p.price, p.currency, p.image_url, p.created_at, p.updated_at';

function toRecord(row: ProductRow, variants: VariantRecord[]): ProductRecord {
  return {
    id: row.id,
    name: row.name,
    price: row.price,
    currency: row.currency,
    imageUrl: row.image_url,
    variants,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const cacheKey = (id: number): string => `product:${id}`;
/** One hash holds every cached list page, so that a write invalidates them all with one DEL. */
const LIST_CACHE_KEY = 'product:list';
const LIST_CACHE_TTL_SECONDS = 60;

/**
 * Instants are cached as epoch milliseconds: parsing ISO strings back into dates took 23 µs of
 * each cached 20-product page. Entries written as ISO strings before are read until they expire.
 */
type Cached = Omit<ProductRecord, 'createdAt' | 'updatedAt'> & {
  createdAt: number | string;
  updatedAt: number | string;
};

const toCached = (record: ProductRecord): Cached => ({
  ...record,
  createdAt: record.createdAt.getTime(),
  updatedAt: record.updatedAt.getTime(),
});

const revive = (cached: Cached): ProductRecord => ({
  ...cached,
  createdAt: new Date(cached.createdAt),
  updatedAt: new Date(cached.updatedAt),
});

function fromCache(text: string): ProductRecord {
  return revive(JSON.parse(text) as Cached);
}

interface ListPage {
  records: ProductRecord[];
  total: number;
}

/** Only the products priced in this currency (v1 sees rupiah products only). */
export interface CurrencyScope {
  currency: ScopedCurrency;
}

/** The currencies a scope may name: each has its live count kept in `row_count` (migration 015). */
type ScopedCurrency = 'IDR';

/** The list scopes, each with its live count and page boundaries of its own (list-seek.ts). */
const seekScopes = {
  all: { countName: 'product', currency: undefined },
  IDR: { countName: 'product_idr', currency: 'IDR' },
} as const satisfies Record<'all' | ScopedCurrency, SeekScope>;
const seekKeys = Object.values(seekScopes).map(seekKey);

export interface ProductRepository {
  findById(id: number): Promise<ProductRecord | undefined>;
  /**
   * One page, newest first, and the number of live products (0 when the page is empty), of one
   * currency when `currency` says so. Variants are read only when asked for (v1 lists never
   * show them).
   */
  listPage(
    offset: number,
    limit: number,
    options?: { variants: boolean; currency?: ScopedCurrency },
  ): Promise<{ records: ProductRecord[]; total: number }>;
  create(fields: ProductFields): Promise<number>;
  /** Sets the given fields; false when no live product (in the scope's currency) has this id. */
  update(id: number, fields: Partial<ProductFields>, scope?: CurrencyScope): Promise<boolean>;
  softDelete(id: number, scope?: CurrencyScope): Promise<boolean>;
}

/** `AND currency = ?` and its value when a scope is given. */
function scoped(scope: CurrencyScope | undefined): { sql: string; values: string[] } {
  return scope ? { sql: ' AND currency = ?', values: [scope.currency] } : { sql: '', values: [] };
}

async function variantsOf(pool: Pool, productIds: readonly number[]): Promise<Map<number, VariantRecord[]>> {
  const byProduct = new Map<number, VariantRecord[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const [rows] = await pool.query<VariantRow[]>(
    'SELECT id, product_id, name, price FROM product_variant WHERE product_id IN (?) ORDER BY product_id, position',
    [productIds],
  );
  for (const row of rows)
    byProduct.get(row.product_id)?.push({ id: row.id, name: row.name, price: row.price });
  return byProduct;
}

async function replaceVariants(
  connection: PoolConnection,
  productId: number,
  variants: ProductFields['variants'],
): Promise<void> {
  await connection.execute('DELETE FROM product_variant WHERE product_id = ?', [productId]);
  if (variants.length === 0) return;
  await connection.query('INSERT INTO product_variant (product_id, name, price, position) VALUES ?', [
    variants.map((variant, position) => [productId, variant.name, variant.amount.toFixed(2), position]),
  ]);
}

/**
 * The cache is optional: when Redis is down, frozen or behind an open breaker, a read is a miss
 * and goes to MySQL, and a write is not cached (`undefined`).
 */
async function optional<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch {
    return undefined;
  }
}

export function createProductRepository(
  pool: Pool,
  redis: Redis,
  cacheTtlSeconds: number,
): ProductRepository {
  /**
   * A write changes this product's read and, possibly, every list page. The write is committed
   * by then; when Redis cannot be reached the cached copies age out (their TTLs) instead of
   * failing a write that happened.
   */
  async function invalidate(id?: number): Promise<void> {
    await optional(() =>
      id === undefined
        ? redis.del(LIST_CACHE_KEY, ...seekKeys)
        : redis.del(cacheKey(id), LIST_CACHE_KEY, ...seekKeys),
    );
  }

  const seeks = {
    all: createListSeek(pool, redis, optional, seekScopes.all),
    IDR: createListSeek(pool, redis, optional, seekScopes.IDR),
  };
  const pagesInFlight = new Map<string, Promise<ListPage>>();

  /**
   * The page's rows and the scope's live count; from a boundary's id when `anchor` is given.
   * Deferred join: the inner query walks only the (deleted_at, id) index, or the
   * (currency, deleted_at, id) one for a currency; the count comes from the trigger-maintained
   * row_count, in the same round trip.
   */
  async function pageRows(
    offset: number,
    limit: number,
    currency: ScopedCurrency | undefined,
    anchor?: { fromId: number; downToId: number; skip: number },
  ) {
    const scope = scoped(currency && { currency });
    const [rows] = await pool.execute<(ProductRow & { total: number | string })[]>(
      `SELECT ${COLUMNS}, (SELECT total FROM row_count WHERE name = ?) AS total
         FROM (SELECT id FROM product WHERE deleted_at IS NULL${scope.sql}${anchor ? ' AND id BETWEEN ? AND ?' : ''}
                ORDER BY id DESC LIMIT ? OFFSET ?) AS page
         JOIN product p ON p.id = page.id
        ORDER BY p.id DESC`,
      [
        seekScopes[currency ?? 'all'].countName,
        ...scope.values,
        ...(anchor
          ? [String(anchor.downToId), String(anchor.fromId), String(limit), String(anchor.skip)]
          : [String(limit), String(offset)]),
      ],
    );
    return rows;
  }

  async function liveCount(currency: ScopedCurrency | undefined): Promise<number> {
    const [rows] = await pool.execute<(RowDataPacket & { total: number | string })[]>(
      'SELECT total FROM row_count WHERE name = ?',
      [seekScopes[currency ?? 'all'].countName],
    );
    return Number(rows[0]?.total ?? 0);
  }

  /** Rows of a page past the first SEEK_STRIDE rows: from its boundary when the boundaries are right. */
  async function deepPageRows(offset: number, limit: number, currency: ScopedCurrency | undefined) {
    const seek = seeks[currency ?? 'all'];
    const anchor = await seek.anchor(offset, limit);
    if (anchor && 'pastEnd' in anchor) {
      if ((await liveCount(currency)) === anchor.total) return { rows: [], total: anchor.total };
      seek.stale();
    } else if (anchor) {
      const rows = await pageRows(offset, limit, currency, anchor);
      const total = rows.length > 0 ? Number(rows[0]?.total) : await liveCount(currency);
      if (total === anchor.total) return { rows, total };
      seek.stale();
    }
    const rows = await pageRows(offset, limit, currency);
    return { rows, total: Number(rows[0]?.total ?? 0) };
  }

  async function readPage(
    offset: number,
    limit: number,
    withVariants: boolean,
    currency: ScopedCurrency | undefined,
  ): Promise<ListPage> {
    const { rows, total } =
      offset >= SEEK_STRIDE
        ? await deepPageRows(offset, limit, currency)
        : await pageRows(offset, limit, currency).then((found) => ({
            rows: found,
            total: Number(found[0]?.total ?? 0),
          }));
    const ids = rows.map((row) => row.id);
    const variants = withVariants ? await variantsOf(pool, ids) : new Map<number, VariantRecord[]>();
    return {
      records: rows.map((row) => toRecord(row, variants.get(row.id) ?? [])),
      total: rows.length > 0 ? total : 0,
    };
  }

  return {
    async findById(id) {
      const cached = await optional(() => redis.get(cacheKey(id)));
      if (typeof cached === 'string') return fromCache(cached);
      const [rows] = await pool.execute<ProductRow[]>(
        `SELECT ${COLUMNS} FROM product p WHERE p.id = ? AND p.deleted_at IS NULL`,
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      const record = toRecord(row, (await variantsOf(pool, [row.id])).get(row.id) ?? []);
      // Redis that failed the read is not waited on again for the write.
      if (cached !== undefined)
        await optional(() =>
          redis.set(cacheKey(id), JSON.stringify(toCached(record)), 'EX', cacheTtlSeconds),
        );
      return record;
    },

    async listPage(offset, limit, options = { variants: false }) {
      // Pages are cached for a minute. A page read while a write commits may stay stale until
      // the next write or the TTL: the catalogue is written by admins, rarely.
      const field = `${offset}:${limit}:${options.variants ? 'variants' : 'plain'}:${options.currency ?? 'all'}`;
      const cached = await optional(() => redis.hget(LIST_CACHE_KEY, field));
      if (typeof cached === 'string') {
        const page = JSON.parse(cached) as { records: Cached[]; total: number };
        return { records: page.records.map(revive), total: page.total };
      }
      // Concurrent misses of one page share one read (and one cache fill): a crowd arriving at
      // an uncached page would otherwise queue for every pool connection at once.
      const pending = pagesInFlight.get(field);
      if (pending) return pending;
      const reading = (async () => {
        const page = await readPage(offset, limit, options.variants, options.currency);
        if (cached !== undefined)
          await optional(() =>
            redis
              .multi()
              .hset(
                LIST_CACHE_KEY,
                field,
                JSON.stringify({ records: page.records.map(toCached), total: page.total }),
              )
              .expire(LIST_CACHE_KEY, LIST_CACHE_TTL_SECONDS, 'NX')
              .exec(),
          );
        return page;
      })().finally(() => pagesInFlight.delete(field));
      pagesInFlight.set(field, reading);
      return reading;
    },

    async create(fields) {
      const id = await inTransaction(pool, async (connection) => {
        const [result] = await connection.execute<ResultSetHeader>(
          'INSERT INTO product (name, price, currency, image_url) VALUES (?, ?, ?, ?)',
          [fields.name, fields.price.toFixed(2), fields.currency, fields.imageUrl],
        );
        await replaceVariants(connection, result.insertId, fields.variants);
        return result.insertId;
      });
      await invalidate();
      return id;
    },

    async update(id, fields, scope) {
      const columns: [string, string][] = [];
      if (fields.name !== undefined) columns.push(['name', fields.name]);
      if (fields.price !== undefined) columns.push(['price', fields.price.toFixed(2)]);
      if (fields.currency !== undefined) columns.push(['currency', fields.currency]);
      if (fields.imageUrl !== undefined) columns.push(['image_url', fields.imageUrl]);
      const found = await inTransaction(pool, async (connection) => {
        // Touch updated_at even when the values are unchanged, so affectedRows says "found".
        const only = scoped(scope);
        const [result] = await connection.execute<ResultSetHeader>(
          `UPDATE product SET ${columns.map(([column]) => `${column} = ?, `).join('')}updated_at = CURRENT_TIMESTAMP(3)
            WHERE id = ? AND deleted_at IS NULL${only.sql}`,
          [...columns.map(([, value]) => value), String(id), ...only.values],
        );
        if (result.affectedRows === 0) return false;
        if (fields.variants !== undefined) await replaceVariants(connection, id, fields.variants);
        return true;
      });
      await invalidate(id);
      return found;
    },

    async softDelete(id, scope) {
      const only = scoped(scope);
      const [result] = await pool.execute<ResultSetHeader>(
        `UPDATE product SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND deleted_at IS NULL${only.sql}`,
        [id, ...only.values],
      );
      await invalidate(id);
      return result.affectedRows > 0;
    },
  };
}
