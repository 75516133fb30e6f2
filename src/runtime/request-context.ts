/**
 * What a handler receives for one request, as one object of a fixed shape: an object literal
 * with a getter is built through a slow path on every request, a class's getter is shared.
 */
import type { Request } from 'express';
import type { Logger } from 'pino';
import type { Principal } from './handler-types.ts';
import type { RuntimeContext } from './stages/mount.ts';
import type { ValidatedRequest } from './stages/request-validation.ts';

export class RequestContext implements RuntimeContext {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, unknown>;
  readonly cookies: Record<string, unknown>;
  readonly principal: Principal | undefined;
  readonly body: unknown;
  readonly requestId: string;
  readonly log: Logger;
  readonly #request: Request;

  constructor(
    values: ValidatedRequest,
    request: Request,
    facts: { principal: Principal | undefined; body: unknown; requestId: string; log: Logger },
  ) {
    this.path = values.path;
    this.query = values.query;
    this.headers = values.headers;
    this.cookies = values.cookies;
    this.principal = facts.principal;
    this.body = facts.body;
    this.requestId = facts.requestId;
    this.log = facts.log;
    this.#request = request;
  }

  /** Read only by the handlers that use it: express's `ip` walks X-Forwarded-For each time. */
  get clientAddress(): string {
    return this.#request.ip ?? this.#request.socket.remoteAddress ?? 'unknown';
  }
}
