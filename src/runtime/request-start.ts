/**
 * What every request gets first, in one express layer (each layer is a match and a `next` per
 * request): its id (`X-Request-Id` and the context every log line reads), the JSON API's fixed
 * security headers, and one 'finish' listener that both counts and times it (metrics) and
 * writes its log line; no listener when neither is on.
 */
import type { RequestHandler } from 'express';
import type { Metrics } from '../observability/metrics.ts';
import { requestId } from '../observability/request-id.ts';
import { requestLog } from './request-log.ts';
import type { Logger } from 'pino';

// The JSON API needs few security headers (OWASP REST): fixed, set once per response.
// helmet's full set, with a CSP that lets Swagger UI style itself, is for the docs page.
const API_SECURITY_HEADERS: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
];

export function requestStart(log: Logger, metrics: Metrics | undefined): RequestHandler {
  const withId = requestId();
  const logLine = requestLog(log);
  return (request, response, next) => {
    for (const [name, value] of API_SECURITY_HEADERS) response.setHeader(name, value);
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
