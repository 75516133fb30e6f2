/**
 * The contract layer every service reuses, as named stages in the order they run for each
 * request (one module each, in ./stages/):
 *
 *   route table (start-up) → platform → security → body → request validation → handler
 *   → answer (list meta, 204) → response validation (SG-15) → send
 *
 * Any stage may throw an error of the catalogue (src/errors.ts); the app's one error handler
 * answers it in the style guide's body. The runtime imports no service's generated types.
 */
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Platform } from '../config.ts';
import type { ListUrl } from './paging.ts';
import type { InFlight } from './in-flight.ts';
import { RequestContext } from './request-context.ts';
import { callHandler, send, toAnswer } from './stages/answer.ts';
import { createBodyParsers, parseBody } from './stages/body.ts';
import type { MountedOperation } from './stages/mount.ts';
import { validateRequest } from './stages/request-validation.ts';
import { checkResponse } from './stages/response-validation.ts';
import { createRouteTable, type ServiceContract } from './stages/route-table.ts';
import { authenticate, type SecurityHandlers } from './stages/security.ts';

export type { MountedOperation } from './stages/mount.ts';
export { checkResponse } from './stages/response-validation.ts';
export type { ServiceContract } from './stages/route-table.ts';
export type { SecurityCheck, SecurityHandler } from './stages/security.ts';

export interface ContractOptions {
  platforms: readonly Platform[];
  securityHandlers: SecurityHandlers;
  bodyLimit: string;
  log: Logger;
  /** Counts the handlers running (shutdown waits for them). */
  inFlight?: InFlight | undefined;
}

/** The operation a response belongs to, for the error handler and the request log. */
export function operationOf(response: Response): MountedOperation | undefined {
  return response.locals.operation as MountedOperation | undefined;
}

/** The URL a list was asked at, for its `meta` links. */
function listUrlOf(request: Request): ListUrl {
  return { path: request.baseUrl + request.path, query: request.query as Record<string, string> };
}

export async function createContractRouter(
  services: readonly ServiceContract[],
  options: ContractOptions,
): Promise<RequestHandler> {
  const parsers = createBodyParsers(options.bodyLimit);

  async function serve(mounted: MountedOperation, request: Request, response: Response): Promise<void> {
    options.inFlight?.started();
    try {
      response.locals.operation = mounted;
      const path = request.params as Record<string, string>;
      // Every answer of a deprecated operation says so, errors included (response-head.ts).
      if (mounted.deprecationHeaders) response.locals.deprecationHeaders = mounted.deprecationHeaders(path);
      const platform = path.platform as Platform;
      const principal = await authenticate(mounted, request, response, platform, options.securityHandlers);
      response.locals.principal = principal;
      // Operations without a request body (every GET) do not wait for the body stage.
      const body =
        mounted.spec.requestMediaTypes.length === 0
          ? undefined
          : await parseBody(mounted, request, response, parsers, options.bodyLimit);
      const values = validateRequest(mounted, request, body);
      const result = await callHandler(
        mounted,
        new RequestContext(values, request, {
          principal,
          body,
          requestId: (response.locals.requestId as string | undefined) ?? randomUUID(),
          log: (response.locals.log as Logger | undefined) ?? options.log,
        }),
      );
      const answer = toAnswer(result, () => listUrlOf(request), values.query);
      checkResponse(mounted, answer.status, answer.body);
      send(mounted, response, answer);
    } finally {
      options.inFlight?.finished();
    }
  }

  return createRouteTable(services, options.securityHandlers, options.platforms, serve);
}
