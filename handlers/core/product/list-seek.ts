/**
 * Deep list pages without walking `OFFSET` (SG-17 paging unchanged): every SEEK_STRIDE-th id of
 * the live products of a scope (the catalogue, or one currency's), newest first (page
 * boundaries), kept in Redis with the scope's product count they were taken at. A page at
 * offset O starts at boundary floor(O / SEEK_STRIDE) (`id <= boundary`) and walks fewer than
 * SEEK_STRIDE index entries, whatever the catalogue's size.
 *
 * The range is closed below too, at the first boundary past the page's last row. With
 * `id <= boundary` alone, MariaDB costed the range like the `deleted_at IS NULL` lookup (half
 * the table, by the index's two values), and in the upper half of the catalogue it often chose
 * the lookup: a walk from the newest product down to the boundary, 500,000 index entries for the
 * middle page of 1M (99 ms, not 1).
 *
 * A write through the API drops the boundaries (the repository's invalidate); a count that no
 * longer matches them (rows written behind the API's back) is stale too. Either way the page is
 * read with `OFFSET` as before while the boundaries are rebuilt in the background: one scan of
 * the scope's index, (deleted_at, id) or (currency, deleted_at, id) (~1.2 s at 1M rows on the
 * shared machine, beyond a request's 500 ms query timeout), by one process at a time.
 */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Redis } from 'ioredis';

/**
 * The products a list pages through: the whole catalogue (v2), or one currency's (v1 sees IDR
 * only, issue 13), each with its live count in `row_count` and its boundaries of its own.
 */
export interface SeekScope {
  /** `row_count.name` of the scope's live count. */
  countName: string;
  /** undefined: every currency. */
  currency: string | undefined;
}

export const LIST_SEEK_KEY = 'product:list:seek';
/** The key of a scope's boundaries: every write through the API deletes them all. */
export function seekKey(scope: SeekScope): string {
  return scope.currency === undefined ? LIST_SEEK_KEY : `${LIST_SEEK_KEY}:${scope.currency}`;
}
/** Index entries a page may walk past its boundary; pages before it need none. */
export const SEEK_STRIDE = 1000;
const SEEK_TTL_SECONDS = 300;
/** The scan's own time limit (the API's query timeout is for requests), and its lock's. */
const SCAN_TIMEOUT_MS = 60_000;

/**
 * Where a deep page starts: at `id <= fromId`, skipping `skip` rows, and ends above `downToId`
 * (0 near the end); `total` as the boundaries saw it.
 */
export type Anchor =
  { fromId: number; downToId: number; skip: number; total: number } | { pastEnd: true; total: number };

export interface ListSeek {
  /** The anchor of a page at `offset` (>= SEEK_STRIDE), or undefined (read it with OFFSET) while there is none. */
  anchor(offset: number, limit: number): Promise<Anchor | undefined>;
  /** The boundaries no longer match the table: rebuild them in the background. */
  stale(): void;
}

type Optional = <T>(work: () => Promise<T>) => Promise<T | undefined>;

export function createListSeek(pool: Pool, redis: Redis, optional: Optional, scope: SeekScope): ListSeek {
  let building: Promise<void> | undefined;
  const key = seekKey(scope);
  const buildingKey = `${key}:building`;
  const inScope = scope.currency === undefined ? '' : ' AND currency = ?';
  const scopeValues = scope.currency === undefined ? [] : [scope.currency];

  async function scan(): Promise<void> {
    // One builder across processes; the lock expires if its holder dies.
    const locked = await optional(() => redis.set(buildingKey, '1', 'PX', SCAN_TIMEOUT_MS, 'NX'));
    if (locked !== 'OK') return;
    try {
      // One statement, so the boundaries and the count come from the same snapshot.
      const [rows] = await pool.query<(RowDataPacket & { id: number | null; total: number | string })[]>(
        {
          sql: `SELECT ranked.id, (SELECT total FROM row_count WHERE name = ?) AS total
                  FROM (SELECT 1) AS one
                  LEFT JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id DESC) AS position
                               FROM product WHERE deleted_at IS NULL${inScope}) AS ranked
                    ON MOD(ranked.position - 1, ?) = 0
                 ORDER BY ranked.id DESC`,
          timeout: SCAN_TIMEOUT_MS,
        },
        [scope.countName, ...scopeValues, SEEK_STRIDE],
      );
      const fields: Record<string, number> = { total: Number(rows[0]?.total ?? 0) };
      rows.forEach((row, index) => {
        if (row.id !== null) fields[index] = row.id;
      });
      await redis.multi().del(key).hset(key, fields).expire(key, SEEK_TTL_SECONDS).exec();
    } finally {
      await optional(() => redis.del(buildingKey));
    }
  }

  function stale(): void {
    // A scan that fails leaves deep pages on OFFSET; the next one that finds no boundaries retries.
    building ??= scan()
      .catch(() => undefined)
      .finally(() => (building = undefined));
  }

  return {
    async anchor(offset, limit) {
      const boundary = Math.floor(offset / SEEK_STRIDE);
      const below = Math.floor((offset + limit - 1) / SEEK_STRIDE) + 1;
      const stored = await optional(() => redis.hmget(key, 'total', String(boundary), String(below)));
      if (!stored) return undefined;
      const [total, fromId, downToId] = stored;
      if (total === null || total === undefined) {
        stale();
        return undefined;
      }
      if (fromId === null || fromId === undefined) return { pastEnd: true, total: Number(total) };
      return {
        fromId: Number(fromId),
        downToId: Number(downToId ?? 0),
        skip: offset - boundary * SEEK_STRIDE,
        total: Number(total),
      };
    },
    stale,
  };
}
