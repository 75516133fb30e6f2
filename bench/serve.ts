/**
 * One server of `npm run bench`, run as its own child process (`fork`ed by scripts/bench.ts):
 *   contract  the real API as `npm start` runs it (startServer: the app's middleware, pino-http,
 *             helmet, cors, ..., and the contract layer);
 *   bare      a bare express app serving the same two URLs with the same repository and
 *             transformers, and nothing else: no openapi-backend, no ajv, no security
 *             handler, no logging, no other middleware;
 *   naive     the bare app, but its list runs the naive `ORDER BY id DESC LIMIT ? OFFSET ?`
 *             over whole rows plus a `SELECT COUNT(*)`: two round trips per request.
 * Configuration comes from the environment (loadConfig). Reports `{ type: 'ready', url }` over
 * IPC, and exits cleanly on `{ type: 'stop' }` (so `node --cpu-prof` writes its profile).
 */
import type { Server } from 'node:http';
import express, { type Express, type Request } from 'express';
import type { RowDataPacket } from 'mysql2/promise';
import { loadConfig, type Config } from '../src/config.ts';
import { checkDatabase, createPool, type Pool } from '../src/db/mysql.ts';
import { checkRedis, createRedis, type Redis } from '../src/db/redis.ts';
import { startServer } from '../src/server.ts';
import {
  createProductRepository,
  type ProductRecord,
  type ProductRepository,
} from '../handlers/core/product/index.ts';
import { toProductListData, toProductReadResponse } from '../handlers/core/product/transformers.ts';
import { pageMeta, pageWindow } from '../src/runtime/paging.ts';

export const serverModes = ['contract', 'bare', 'naive'] as const;
export type ServerMode = (typeof serverModes)[number];

/** Child to parent. */
export type ServeMessage =
  { type: 'ready'; mode: ServerMode; url: string } | { type: 'failed'; error: string };
/** Parent to child. */
export interface StopMessage {
  type: 'stop';
}

export interface Running {
  server: Server;
  url: string;
  pool: Pool;
  redis: Redis;
  close(): Promise<void>;
}

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

/** The query's integer, or the spec's default when absent; no validation on purpose. */
function integer(request: Request, name: string, fallback: number): number {
  const value = Number(request.query[name]);
  return Number.isInteger(value) ? value : fallback;
}

/**
 * The bare app: the same two URLs, the same repository and transformers, and the same express
 * settings as src/runtime/app.ts, so only the contract layer differs. `naiveList` replaces the
 * repository's list.
 */
export function createBareApp(
  products: ProductRepository,
  naiveList?: (offset: number, limit: number) => Promise<{ records: ProductRecord[]; total: number }>,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.get('/api/:platform/v1/product/:id', async (request, response) => {
    const id = Number(request.params.id);
    const record = await products.findById(id);
    if (!record) {
      response.status(404).json({ message: `product ${id} not found` });
      return;
    }
    response.json(toProductReadResponse(record));
  });
  app.get('/api/:platform/v1/product', async (request, response) => {
    const paging = { page: integer(request, 'page', 1), per_page: integer(request, 'per_page', 20) };
    const { offset, limit } = pageWindow(paging);
    const { records, total } = naiveList
      ? await naiveList(offset, limit)
      : await products.listPage(offset, limit);
    if (records.length === 0) {
      response.status(204).end();
      return;
    }
    const url = { path: request.baseUrl + request.path, query: request.query as Record<string, string> };
    response.json({ data: toProductListData(records), meta: pageMeta(url, paging, total, records.length) });
  });
  return app;
}

/** The bare app on the configured host and port, with the same pool and Redis client as startServer. */
export async function startBare(config: Readonly<Config>, naive: boolean): Promise<Running> {
  const pool = createPool(config.databaseUrl, config.databasePoolSize);
  pool.pool.on('connection', (connection) => {
    connection.query("SET time_zone = '+00:00'");
  });
  const redis: Redis = createRedis(config.redisUrl, config.redisKeyPrefix);
  await Promise.all([checkDatabase(pool, config.databaseUrl), checkRedis(redis, config.redisUrl)]);
  const products = createProductRepository(pool, redis, config.productCacheTtlSeconds);
  const app = createBareApp(
    products,
    naive ? (offset, limit) => naiveListPage(pool, offset, limit) : undefined,
  );

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://${config.host}:${port}`,
    pool,
    redis,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
      redis.disconnect();
    },
  };
}

async function start(mode: ServerMode): Promise<Running> {
  const config = loadConfig();
  if (mode === 'contract') return startServer(config);
  return startBare(config, mode === 'naive');
}

function send(message: ServeMessage): void {
  process.send?.(message);
}

if (import.meta.main) {
  const mode = process.argv[2] as ServerMode;
  if (!serverModes.includes(mode)) {
    console.error(`usage: node bench/serve.ts ${serverModes.join('|')}`);
    process.exit(2);
  }
  try {
    const running = await start(mode);
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      void running.close().finally(() => process.exit(0));
    };
    process.on('message', (message: StopMessage) => {
      if (message.type === 'stop') stop();
    });
    // The parent went away: do not linger.
    process.on('disconnect', stop);
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    send({ type: 'ready', mode, url: running.url });
  } catch (error) {
    console.error(`bench/serve.ts ${mode}: cannot start: ${(error as Error).stack ?? String(error)}`);
    send({ type: 'failed', error: (error as Error).message });
    process.exit(1);
  }
}
