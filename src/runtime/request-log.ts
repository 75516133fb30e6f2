/**
 * One log line per finished request, at a level by status (500s error, 4xx info, the rest
 * debug), written only when that level is enabled: no per-request child logger, and no
 * work at all when not even 4xx would be logged (src/runtime/request-start.ts). Its fields
 * are stable (docs/operating.md):
 * request_id, operation, method, path (never the query string, so a token sent where it is
 * refused never reaches logs), status, duration_ms, principal (account id) and client.
 */
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { operationOf } from './contract.ts';
import type { Principal } from './handler-types.ts';

/** Writes the log line of a finished request, or nothing below its level; `wanted` says whether any could be written. */
export interface RequestLog {
  (request: Request, response: Response, durationMs: number): void;
  wanted(): boolean;
}

export function requestLog(log: Logger): RequestLog {
  const write = (request: Request, response: Response, durationMs: number): void => {
    const status = response.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
    if (!log.isLevelEnabled(level)) return;
    log[level](
      {
        request_id: response.locals.requestId as string | undefined,
        operation: operationOf(response)?.spec.operationId,
        method: request.method,
        path: request.originalUrl.split('?')[0],
        status,
        duration_ms: durationMs,
        principal: (response.locals.principal as Principal | undefined)?.accountId,
        client: request.ip,
      },
      'request completed',
    );
  };
  return Object.assign(write, { wanted: () => log.isLevelEnabled('info') });
}
