/**
 * One measurement window: autocannon against one server child, with the server's own CPU time
 * (over IPC) and /proc's view of the machine sampled around it. Latencies are kept exactly
 * (autocannon's histogram rounds to whole ms), for 2xx responses only.
 */
import { inspect } from 'node:util';
import autocannon from 'autocannon';
import { percentile } from './format.ts';
import { cpuShare, sampleCpu, type CpuShare } from './proc-cpu.ts';
import { serverCpuMicros, type ServerChild } from './server-process.ts';

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Told the status of this request's response (not called for requests cut off at the end). */
  onStatus?: (status: number) => void;
}

/** The request to send next; undefined when the prepared data ran out: the window then ends early. */
export type NextRequest = () => RequestSpec | undefined;

export interface Window {
  server: string;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Server CPU time per response, measured in the server process. */
  cpuMicrosPerRequest: number;
  cpu: CpuShare;
  /** The prepared data ran out before the window's end. */
  exhausted: boolean;
}

export interface LoadSettings {
  connections: number;
  seconds: number;
  appToken: string;
  /** A fixed offered rate (all connections together) instead of as fast as the server answers. */
  requestsPerSecond?: number;
}

export async function measureWindow(
  child: ServerChild,
  next: NextRequest,
  settings: LoadSettings,
): Promise<Window> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let exhausted = false;
  let last: RequestSpec | undefined;
  const cpuBefore = await serverCpuMicros(child);
  const before = sampleCpu(child.process.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: child.url,
        connections: settings.connections,
        duration: settings.seconds,
        ...(settings.requestsPerSecond ? { overallRate: settings.requestsPerSecond } : {}),
        timeout: 10,
        requests: [
          {
            setupRequest(request, context) {
              const spec = exhausted ? last : next();
              if (spec === undefined) {
                exhausted = true;
                instance.stop();
              }
              // Past the end, the last request again, but nobody is told its status.
              const chosen = spec ?? (last && { ...last, onStatus: undefined });
              if (chosen === undefined) throw new Error('the bench prepared no request at all');
              last = chosen;
              request.method = chosen.method;
              request.path = chosen.path;
              request.headers = { 'x-app-token': settings.appToken, ...chosen.headers };
              request.body = chosen.body;
              // autocannon hands the same context to onResponse for this request's response.
              (context as { onStatus?: RequestSpec['onStatus'] }).onStatus = chosen.onStatus;
              return request;
            },
            onResponse(status, _body, context) {
              (context as { onStatus?: RequestSpec['onStatus'] }).onStatus?.(status);
            },
          },
        ],
      },
      (error: unknown, finished) => {
        if (error) reject(error instanceof Error ? error : new Error(inspect(error)));
        else resolve(finished);
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const cpu = cpuShare(before, sampleCpu(child.process.pid));
  const cpuMicros = (await serverCpuMicros(child)) - cpuBefore;
  const sorted = Float64Array.from(latencies).sort();
  const requests = result.requests.total;
  return {
    server: child.label,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    requests,
    statuses,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMicrosPerRequest: requests > 0 ? cpuMicros / requests : Number.NaN,
    cpu,
    exhausted,
  };
}

/** Responses with this status (e.g. the 201s of a write). */
export const countOf = (window: Window, status: number): number => window.statuses[status] ?? 0;

export function showStatuses(window: Window): string {
  return Object.entries(window.statuses)
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
}
