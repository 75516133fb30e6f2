/**
 * `/metrics` on its own port (METRICS_PORT), apart from the API, so the public gateway never
 * exposes it; Prometheus scrapes each process there.
 */
import type { Server } from 'node:http';
import { createServer } from '../node-http.ts';
import type { Registry } from 'prom-client';

export async function serveMetrics(registry: Registry, host: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'no such URL: metrics are at GET /metrics' }));
      return;
    }
    registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': registry.contentType });
        response.end(text);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: `cannot collect metrics: ${String(error)}` }));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
