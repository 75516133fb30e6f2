/**
 * Request ids (issue 12): a well-formed incoming `X-Request-Id` (the gateway sets one) is kept,
 * anything else is replaced by a fresh UUID. The id is on `response.locals.requestId`, in the
 * `X-Request-Id` response header of every answer, and, through an AsyncLocalStorage that the
 * logger's mixin reads, on every log line written while the request is served.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Bounded length and a charset that cannot break a log line or a header. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

const current = new AsyncLocalStorage<string>();

/** The incoming id when it is well formed, otherwise a new one. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
}

export function requestId(): RequestHandler {
  return (request, response, next) => {
    const id = requestIdFrom(request.headers['x-request-id']);
    // The X-Request-Id header is written with the head of the answer (src/runtime/response-head.ts).
    response.locals.requestId = id;
    current.run(id, next);
  };
}

/** pino `mixin`: adds `request_id` to any line logged while a request is being served. */
export function requestIdMixin(): { request_id?: string } {
  const id = current.getStore();
  return id === undefined ? {} : { request_id: id };
}
