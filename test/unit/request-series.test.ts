/**
 * The pre-aggregated request metrics expose exactly what prom-client's own Counter and
 * Histogram would for the same observations: names, labels, buckets, sums and text format.
 */
import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createRequestSeries } from '../../src/observability/request-series.ts';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.4, 0.5, 1, 2.5, 5];

const observations: [string, string, string, number, number][] = [
  ['core', 'readProduct', 'GET', 200, 0.0031],
  ['core', 'readProduct', 'GET', 200, 0.005],
  ['core', 'readProduct', 'GET', 404, 0.012],
  ['core', 'readProduct', 'HEAD', 200, 0.3],
  ['user', 'createOrder', 'POST', 201, 0.26],
  ['user', 'createOrder', 'POST', 422, 7.5],
  ['all', 'unmatched', 'PROPFIND', 404, 0.0001],
];

function withPromClient(): Registry {
  const registry = new Registry();
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'Requests answered, by operation (operationId) and status.',
    labelNames: ['service', 'operation', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request reaching the app to its response being sent, by operation.',
    labelNames: ['service', 'operation', 'method'],
    buckets: BUCKETS,
    registers: [registry],
  });
  for (const [service, operation, method, status, seconds] of observations) {
    duration.observe({ service, operation, method }, seconds);
    requests.inc({ service, operation, method, status: String(status) });
  }
  return registry;
}

const sortedLines = (text: string): string[] => text.split('\n').filter(Boolean).sort();

describe('request series', () => {
  it('expose what prom-client would, line for line', async () => {
    const registry = new Registry();
    const series = createRequestSeries(registry, BUCKETS);
    for (const observation of observations) series.observe(...observation);
    const ours = await registry.metrics();
    expect(sortedLines(ours)).toEqual(sortedLines(await withPromClient().metrics()));
    expect(ours).toContain(
      'http_request_duration_seconds_bucket{le="0.005",service="core",operation="readProduct",method="GET"} 2',
    );
    expect(ours).toContain(
      'http_requests_total{service="user",operation="createOrder",method="POST",status="422"} 1',
    );
  });

  it('are empty before the first request, as prom-client is', async () => {
    const registry = new Registry();
    createRequestSeries(registry, BUCKETS);
    const empty = new Registry();
    new Counter({ name: 'http_requests_total', help: 'h', labelNames: ['status'], registers: [empty] });
    expect(await registry.getMetricsAsJSON()).toEqual([
      expect.objectContaining({ name: 'http_requests_total', values: [] }),
      expect.objectContaining({ name: 'http_request_duration_seconds', values: [] }),
    ]);
  });
});
