/**
 * The request count and latency histogram, counted in plain numbers per operation and method
 * and turned into prom-client's values only when Prometheus scrapes. prom-client's own
 * `observe()` and `inc()` hash and validate their labels on every call: with the `finish`
 * listener that was ~16 µs of a ~190 µs product read (docs/performance.md). The exposition is
 * prom-client's, unchanged: same names, labels, buckets and text format.
 */
import { Counter, Histogram, type MetricType, type Registry } from 'prom-client';

type RequestLabel = 'service' | 'operation' | 'method';
type Labels = Record<RequestLabel, string>;

interface Series {
  labels: Labels;
  /** Observations per bucket, not cumulative; the last one is beyond every bound (+Inf). */
  perBucket: number[];
  sum: number;
  count: number;
  byStatus: Map<number, number>;
}

type HistogramValues = Awaited<ReturnType<Histogram<RequestLabel>['get']>>;
type CounterValues = Awaited<ReturnType<Counter<RequestLabel | 'status'>['get']>>;

const COUNT_HELP = 'Requests answered, by operation (operationId) and status.';
const DURATION_HELP = 'Time from the request reaching the app to its response being sent, by operation.';

export interface RequestSeries {
  observe(service: string, operation: string, method: string, status: number, seconds: number): void;
}

export function createRequestSeries(registry: Registry, buckets: readonly number[]): RequestSeries {
  const byOperation = new Map<string, Map<string, Series>>();
  const everySeries = (): Series[] => [...byOperation.values()].flatMap((byMethod) => [...byMethod.values()]);

  // prom-client's types call `type` a numeric enum; at run time (and in the text) it is the word.
  const metadata = (name: string, help: string, type: 'counter' | 'histogram') => ({
    name,
    help,
    type: type as unknown as MetricType,
    aggregator: 'sum' as const,
    collect: () => undefined,
  });
  const countMetadata = metadata('http_requests_total', COUNT_HELP, 'counter');
  const durationMetadata = metadata('http_request_duration_seconds', DURATION_HELP, 'histogram');

  class RequestCount extends Counter<RequestLabel | 'status'> {
    override async get(): Promise<CounterValues> {
      const values = everySeries().flatMap(({ labels, byStatus }) =>
        [...byStatus].map(([status, value]) => ({ labels: { ...labels, status: String(status) }, value })),
      );
      return { ...countMetadata, values };
    }
  }
  class RequestDuration extends Histogram<RequestLabel> {
    override async get(): Promise<HistogramValues> {
      const { name } = durationMetadata;
      const values = everySeries().flatMap(({ labels, perBucket, sum, count }) => {
        let cumulative = 0;
        return [
          ...buckets.map((bound, index) => {
            cumulative += perBucket[index] ?? 0;
            return { labels: { le: bound, ...labels }, value: cumulative, metricName: `${name}_bucket` };
          }),
          { labels: { le: '+Inf', ...labels }, value: count, metricName: `${name}_bucket` },
          { labels, value: sum, metricName: `${name}_sum` },
          { labels, value: count, metricName: `${name}_count` },
        ];
      });
      return { ...durationMetadata, values };
    }

    // The registry writes a histogram's text from this (untyped) method when it has one;
    // test/unit/request-series.test.ts holds the text equal to prom-client's own.
    getForPromString(): Promise<HistogramValues> {
      return this.get();
    }
  }
  new RequestCount({
    name: countMetadata.name,
    help: COUNT_HELP,
    labelNames: ['service', 'operation', 'method', 'status'],
    registers: [registry],
  });
  new RequestDuration({
    name: durationMetadata.name,
    help: DURATION_HELP,
    labelNames: ['service', 'operation', 'method'],
    buckets: [...buckets],
    registers: [registry],
  });

  return {
    observe(service, operation, method, status, seconds) {
      let byMethod = byOperation.get(operation);
      if (!byMethod) byOperation.set(operation, (byMethod = new Map<string, Series>()));
      let series = byMethod.get(method);
      if (!series) {
        series = {
          labels: { service, operation, method },
          perBucket: new Array<number>(buckets.length + 1).fill(0),
          sum: 0,
          count: 0,
          byStatus: new Map(),
        };
        byMethod.set(method, series);
      }
      let bucket = 0;
      while (bucket < buckets.length && seconds > (buckets[bucket] ?? Infinity)) bucket++;
      series.perBucket[bucket] = (series.perBucket[bucket] ?? 0) + 1;
      series.sum += seconds;
      series.count++;
      series.byStatus.set(status, (series.byStatus.get(status) ?? 0) + 1);
    },
  };
}
