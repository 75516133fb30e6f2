/**
 * Gauges of the dependencies, read when Prometheus scrapes: the MySQL pool (connections in
 * use, free, requests waiting for one), Redis's connection state, and `dependency_up`, the
 * readiness checks (`SELECT 1`, `PING`) with a short timeout so a hung dependency cannot
 * hang the scrape.
 */
import { Gauge, type Registry } from 'prom-client';
import type { Pool } from '../db/mysql.ts';
import type { Redis } from '../db/redis.ts';

const CHECK_TIMEOUT_MS = 1000;

/** mysql2's pool keeps its connections in these queues (lib/base/pool.js); they are not typed. */
interface PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

export interface DependencyMetricsOptions {
  registry: Registry;
  pool: Pool;
  redis: Redis;
  /** Named checks that resolve when the dependency answers. */
  checks: Readonly<Record<string, () => Promise<unknown>>>;
}

async function answers(check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function registerDependencyMetrics({ registry, pool, redis, checks }: DependencyMetricsOptions): void {
  const internals = pool.pool as unknown as PoolInternals;
  const all = () => internals._allConnections?.length ?? 0;
  const free = () => internals._freeConnections?.length ?? 0;
  new Gauge({
    name: 'mysql_pool_connections_in_use',
    help: 'MySQL pool connections lent out to a query.',
    registers: [registry],
    collect() {
      this.set(all() - free());
    },
  });
  new Gauge({
    name: 'mysql_pool_connections_free',
    help: 'MySQL pool connections open and idle.',
    registers: [registry],
    collect() {
      this.set(free());
    },
  });
  new Gauge({
    name: 'mysql_pool_requests_waiting',
    help: 'Queries waiting for a pool connection.',
    registers: [registry],
    collect() {
      this.set(internals._connectionQueue?.length ?? 0);
    },
  });
  new Gauge({
    name: 'redis_up',
    help: "1 when the ioredis connection is 'ready'.",
    registers: [registry],
    collect() {
      this.set(redis.status === 'ready' ? 1 : 0);
    },
  });
  new Gauge({
    name: 'dependency_up',
    help: '1 when the dependency answered its readiness check at scrape time.',
    labelNames: ['dependency'] as const,
    registers: [registry],
    async collect() {
      const results = await Promise.all(
        Object.entries(checks).map(async ([name, check]) => [name, await answers(check)] as const),
      );
      for (const [dependency, up] of results) this.set({ dependency }, up ? 1 : 0);
    },
  });
}
