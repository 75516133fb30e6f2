/**
 * What every request gets first, in one express layer (each layer is a match and a `next` per
 * request): its id (on `response.locals`, which response-head.ts writes as `X-Request-Id`, and the
 * context every log line reads), and one 'finish' listener that both counts and times it (metrics) and
 * writes its log line; no listener when neither is on.
 */
import type { RequestHandler } from 'express';
import type { Metrics } from '../observability/metrics.ts';
import { requestId } from '../observability/request-id.ts';
import { requestLog } from './request-log.ts';
import type { Logger } from 'pino';

export function requestStart(log: Logger, metrics: Metrics | undefined): RequestHandler {
  const withId = requestId();
  const logLine = requestLog(log);
  return (request, response, next) => {
    const logged = logLine.wanted();
    if (metrics || logged) {
      const started = performance.now();
      // `on`, not `once`: 'finish' fires once, and `once` wraps and then unhooks the listener.
      response.on('finish', () => {
        const seconds = (performance.now() - started) / 1000;
        metrics?.observe(request, response, seconds);
        if (logged) logLine(request, response, seconds * 1000);
      });
    }
    withId(request, response, next);
  };
}
