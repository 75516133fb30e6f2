/** Wires the metrics of one process: HTTP metrics labelled by owning service, dependency gauges, the /metrics server. */
import type { Server } from 'node:http';
import type { Pool } from '../db/mysql.ts';
import type { Redis } from '../db/redis.ts';
import type { ServiceContract } from '../runtime/contract.ts';
import { registerDependencyMetrics } from './dependency-metrics.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { serveMetrics } from './metrics-server.ts';

export interface ProcessMetrics extends Metrics {
  /** Starts `GET /metrics` on host:port; answers its URL. */
  listen(host: string, port: number): Promise<string>;
  close(): Promise<void>;
}

export function createProcessMetrics(options: {
  services: readonly ServiceContract[];
  pool: Pool;
  redis: Redis;
  checks: Readonly<Record<string, () => Promise<unknown>>>;
}): ProcessMetrics {
  const serviceOf = new Map(
    options.services.flatMap((service) =>
      service.operations.map((operation) => [operation.operationId, service.name] as const),
    ),
  );
  const names = options.services.map((service) => service.name);
  const metrics = createMetrics({
    serviceOf,
    processService: names.length === 1 ? (names[0] ?? 'all') : 'all',
  });
  registerDependencyMetrics({ registry: metrics.registry, ...options });
  let server: Server | undefined;
  return {
    ...metrics,
    async listen(host, port) {
      server = await serveMetrics(metrics.registry, host, port);
      const address = server.address();
      return `http://${host}:${typeof address === 'object' && address ? address.port : port}/metrics`;
    },
    async close() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}
