/**
 * What the head of every answer of the app carries, added in one place, express's `writeHead`
 * (its response prototype, the extension point every answer passes, errors and docs included):
 * the JSON API's fixed security headers, `X-Request-Id`, a deprecated operation's `Deprecation`,
 * `Sunset` and `Link`, and `Connection: close` while the process drains.
 *
 * The contract's own answers (stages/answer.ts) pass all their headers to `writeHead` as one
 * array, to which these are appended: Node then writes the head without keeping each header in
 * a table first (~0.3 µs per header; ten per product read). Other answers set theirs one by one;
 * a header they set stays (helmet's stricter ones on /docs).
 */
import type { Express, Response } from 'express';
import { ServerResponse } from '../node-http.ts';

// The JSON API needs few security headers (OWASP REST). helmet's full set, with a CSP that
// lets Swagger UI style itself, is for the docs page.
const API_SECURITY_HEADERS: readonly string[] = [
  'X-Content-Type-Options',
  'nosniff',
  'Content-Security-Policy',
  "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options',
  'DENY',
  'Referrer-Policy',
  'no-referrer',
];

/** Appends every answer's headers for this response to `headers` (name, value, name, value...). */
function addEveryAnswerHeaders(headers: string[], response: Response, draining: boolean): string[] {
  headers.push(...API_SECURITY_HEADERS);
  // No locals on an answer written before express saw the request (server.ts's draining /readyz).
  const locals = response.locals as Record<string, unknown> | undefined;
  const id = locals?.requestId as string | undefined;
  if (id !== undefined) headers.push('X-Request-Id', id);
  // Every answer of a deprecated operation says so, errors included (RFC 9745, RFC 8594): the
  // contract names them when it starts serving one (contract.ts).
  const deprecation = locals?.deprecationHeaders as readonly string[] | undefined;
  if (deprecation) headers.push(...deprecation);
  // The process is going away: its client (HAProxy too) should not send more on this connection.
  if (draining) headers.push('Connection', 'close');
  return headers;
}

type WriteHead = (statusCode: number, reason?: unknown, headers?: unknown) => Response;

export function installResponseHead(app: Express, isDraining: () => boolean): void {
  const nodeWriteHead = Reflect.get(ServerResponse.prototype, 'writeHead') as WriteHead;
  const writeHead: WriteHead = function (this: Response, statusCode, reason, headers) {
    const hasReason = typeof reason === 'string';
    const given = hasReason ? headers : reason;
    if (Array.isArray(given)) {
      // A copy: the caller's array stays as it gave it.
      const all = addEveryAnswerHeaders((given as string[]).slice(), this, isDraining());
      return hasReason
        ? nodeWriteHead.call(this, statusCode, reason, all)
        : nodeWriteHead.call(this, statusCode, all);
    }
    const every = addEveryAnswerHeaders([], this, isDraining());
    for (let index = 0; index < every.length; index += 2) {
      const name = every[index] as string;
      if (!this.hasHeader(name)) this.setHeader(name, every[index + 1] as string);
    }
    return hasReason
      ? nodeWriteHead.call(this, statusCode, reason, given)
      : nodeWriteHead.call(this, statusCode, given);
  };
  app.response.writeHead = writeHead as Response['writeHead'];
}
