/**
 * One log line per finished request, at a level by status (500s error, 4xx info, the rest
 * debug), written only when that level is enabled: no per-request child logger, and no
 * listener at all when not even 4xx would be logged. URLs are logged without their query
 * string, so a token sent where it is refused never reaches logs.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

export function requestLog(log: Logger): RequestHandler {
  return (request, response, next) => {
    if (!log.isLevelEnabled('info')) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const status = response.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
      if (!log.isLevelEnabled(level)) return;
      log[level](
        {
          method: request.method,
          url: request.originalUrl.replace(/\?.*$/, '?…'),
          status,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request completed',
      );
    });
    next();
  };
}
