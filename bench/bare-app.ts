/**
 * The bench's bare express server: the product read and list URLs with the same repository and
 * transformers as the API, and nothing else (no openapi-backend, no ajv, no security handler,
 * no logging, no other middleware). With `naive`, its list runs naiveListPage instead.
 */
import type { Server } from 'node:http';
import express, { type Express, type Request } from 'express';
import type { Config } from '../src/config.ts';
import { checkDatabase, createPool, defaultDatabaseResilience, type Pool } from '../src/db/mysql.ts';
import { checkRedis, createRedis, type Redis } from '../src/db/redis.ts';
import {
  createProductRepository,
  type ProductRecord,
  type ProductRepository,
} from '../handlers/core/product/index.ts';
import { toProductListData, toProductReadResponse } from '../handlers/core/product/transformers.ts';
import { naiveListPage } from './naive-list.ts';
import { pageMeta, pageWindow } from '../src/runtime/paging.ts';

export interface Running {
  server: Server;
  url: string;
  pool: Pool;
  redis: Redis;
  close(): Promise<void>;
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
  // The naive list is there to be timed, however slow: not cut off by the API's 500 ms query
  // timeout (its COUNT(*) passes it on a loaded machine, and the bench then fails on its 503s).
  const pool = createPool(
    config.databaseUrl,
    config.databasePoolSize,
    naive
      ? { ...defaultDatabaseResilience, queryTimeoutMs: 10_000, acquireTimeoutMs: 10_000 }
      : defaultDatabaseResilience,
  );
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
