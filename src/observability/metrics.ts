/**
 * Prometheus metrics of one process (issue 12), in its own Registry: per operation (the
 * spec's operationId, never a raw URL or an id) request count by status and a latency
 * histogram with buckets at the SG-11 budgets (0.25 s item, 0.4 s list), response contract
 * violations (SG-15), and prom-client's default process and event-loop metrics.
 */
import type { Request, Response } from 'express';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { operationOf } from '../runtime/contract.ts';
import { createRequestSeries } from './request-series.ts';

/** 0.25 is the SG-11 budget of an item, 0.4 the budget of a list. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.4, 0.5, 1, 2.5, 5];

/** Paths the runtime serves outside the operation tables, by a fixed label. */
const FIXED_ROUTES: readonly [RegExp, string][] = [
  [/^\/healthz$/, 'healthz'],
  [/^\/readyz$/, 'readyz'],
  [/^\/(docs|spec)(\/|$)/, 'docs'],
];

export interface MetricsOptions {
  /** The service owning each operationId. */
  serviceOf: ReadonlyMap<string, string>;
  /** The `service` label of requests that match no operation (this process's SERVICES, or `all`). */
  processService: string;
}

export interface Metrics {
  registry: Registry;
  /** Counts and times one answered request (called once its response has finished). */
  observe(request: Request, response: Response, seconds: number): void;
  /** SG-15: the runtime refused to send a response that broke its spec. */
  countContractViolation(operationId: string | undefined): void;
}

function operationLabel(request: Request, response: Response): string {
  const mounted = operationOf(response);
  if (mounted) return mounted.spec.operationId;
  return FIXED_ROUTES.find(([pattern]) => pattern.test(request.path))?.[1] ?? 'unmatched';
}

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestSeries = createRequestSeries(registry, LATENCY_BUCKETS);
  const violations = new Counter({
    name: 'response_contract_violations_total',
    help: 'Responses refused because they broke the spec (SG-15), answered 500 instead.',
    labelNames: ['service', 'operation'] as const,
    registers: [registry],
  });
  const serviceOf = (operation: string) => options.serviceOf.get(operation) ?? options.processService;

  return {
    registry,
    observe(request, response, seconds) {
      const operation = operationLabel(request, response);
      requestSeries.observe(serviceOf(operation), operation, request.method, response.statusCode, seconds);
    },
    countContractViolation(operationId) {
      const operation = operationId ?? 'unmatched';
      violations.inc({ service: serviceOf(operation), operation });
    },
  };
}
