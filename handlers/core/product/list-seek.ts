/**
 * Deep list pages without walking `OFFSET` (SG-17 paging unchanged): every SEEK_STRIDE-th id of
 * the live products, newest first (page boundaries), kept in Redis with the product count they
 * were taken at. A page at offset O starts at boundary floor(O / SEEK_STRIDE) (`id <= boundary`)
 * and walks fewer than SEEK_STRIDE index entries, whatever the catalogue's size.
 *
 * A write through the API drops the boundaries (the repository's invalidate); a count that no
 * longer matches them (rows written behind the API's back) rebuilds them. Rebuilding is one scan
 * of the (deleted_at, id) index, shared by this process's concurrent requests.
 */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Redis } from 'ioredis';

export const LIST_SEEK_KEY = 'product:list:seek';
/** Index entries a page may walk past its boundary; pages before it need none. */
export const SEEK_STRIDE = 1000;
const SEEK_TTL_SECONDS = 300;

/** Where a deep page starts: at `id <= fromId`, skipping `skip` rows; `total` as the boundaries saw it. */
export type Anchor = { fromId: number; skip: number; total: number } | { pastEnd: true; total: number };

export interface ListSeek {
  /** The anchor of a page at `offset` (>= SEEK_STRIDE); undefined when Redis cannot say. */
  anchor(offset: number, options?: { rebuild: boolean }): Promise<Anchor | undefined>;
}

export function createListSeek(
  pool: Pool,
  redis: Redis,
  optional: <T>(work: () => Promise<T>) => Promise<T | undefined>,
): ListSeek {
  let building: Promise<{ total: number; ids: number[] }> | undefined;

  async function scan(): Promise<{ total: number; ids: number[] }> {
    // One statement, so the boundaries and the count come from the same snapshot.
    const [rows] = await pool.query<(RowDataPacket & { id: number | null; total: number | string })[]>(
      `SELECT ranked.id, (SELECT total FROM row_count WHERE name = 'product') AS total
         FROM (SELECT 1) AS one
         LEFT JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id DESC) AS position
                      FROM product WHERE deleted_at IS NULL) AS ranked
           ON MOD(ranked.position - 1, ?) = 0
        ORDER BY ranked.id DESC`,
      [SEEK_STRIDE],
    );
    const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
    const total = Number(rows[0]?.total ?? 0);
    const fields: Record<string, number> = { total };
    ids.forEach((id, index) => (fields[index] = id));
    await optional(() =>
      redis
        .multi()
        .del(LIST_SEEK_KEY)
        .hset(LIST_SEEK_KEY, fields)
        .expire(LIST_SEEK_KEY, SEEK_TTL_SECONDS)
        .exec(),
    );
    return { total, ids };
  }

  /** One scan at a time per process: requests that need it meanwhile share its result. */
  function rebuild(): Promise<{ total: number; ids: number[] }> {
    building ??= scan().finally(() => (building = undefined));
    return building;
  }

  return {
    async anchor(offset, { rebuild: stale } = { rebuild: false }) {
      const boundary = Math.floor(offset / SEEK_STRIDE);
      const skip = offset - boundary * SEEK_STRIDE;
      if (!stale) {
        const stored = await optional(() => redis.hmget(LIST_SEEK_KEY, 'total', String(boundary)));
        if (!stored) return undefined;
        const [total, fromId] = stored;
        if (total !== null && total !== undefined) {
          if (fromId === null || fromId === undefined) return { pastEnd: true, total: Number(total) };
          return { fromId: Number(fromId), skip, total: Number(total) };
        }
      }
      const { total, ids } = await rebuild();
      const fromId = ids[boundary];
      return fromId === undefined ? { pastEnd: true, total } : { fromId, skip, total };
    },
  };
}
