/**
 * The route table, at start-up: every operation of every service bound to its validators
 * (stages/mount.ts) at its generated path in one find-my-way radix tree, plus a 405 with
 * `Allow` for each known path's other methods. One lookup per request: express's router tried
 * each of the ~45 operations' regular expressions in turn and built its layer state (~13 µs of
 * a product read; docs/performance.md). openapi-backend's own router rebuilds its operation
 * list on every request (~300 µs at 50 operations).
 */
import { METHODS } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import type { Platform } from '../../config.ts';
import { MethodNotAllowedError } from '../../errors.ts';
import type { OperationSpec } from '../handler-types.ts';
import type { SchemePlatforms, ServiceValidation } from '../validation-table.ts';
import { mountOperation, type MountedOperation, type RuntimeHandler, type SecurityPlan } from './mount.ts';
import type { SecurityHandlers } from './security.ts';

/** One service: its generated operation table and validators, and its typed handlers. */
export interface ServiceContract<Handlers extends object = object> {
  name: string;
  validation: ServiceValidation;
  /** Each security scheme's platforms (`x-platforms`), generated beside the validators. */
  schemePlatforms: SchemePlatforms;
  operations: readonly OperationSpec[];
  handlers: Handlers;
}

type Serve = (mounted: MountedOperation, request: Request, response: Response) => Promise<void>;

/** Binds every operation; fails start-up on a missing handler, validator or security handler. */
function compile(
  services: readonly ServiceContract[],
  securityHandlers: SecurityHandlers,
  platforms: readonly Platform[],
): MountedOperation[] {
  const checkOrder = Object.keys(securityHandlers);
  const mounted: MountedOperation[] = [];
  for (const service of services) {
    const securityPlan: SecurityPlan = { checkOrder, platforms, schemePlatforms: service.schemePlatforms };
    const handlers = service.handlers as Record<string, RuntimeHandler | undefined>;
    for (const spec of service.operations) {
      for (const { scheme } of spec.security.flat()) {
        if (!securityHandlers[scheme]) {
          throw new Error(
            `${service.name}: security scheme '${scheme}' of ${spec.operationId} has no handler`,
          );
        }
      }
      mounted.push(
        mountOperation(service.name, service.validation, spec, handlers[spec.operationId], securityPlan),
      );
    }
  }
  return mounted;
}

/** What a path and method lead to: an operation, or the 405 of a path's other methods. */
type Route = { mounted: MountedOperation; allowed?: undefined } | { mounted?: undefined; allowed: string[] };

const noop = (): void => undefined;

/** A percent escape that does not decode is a malformed URL (400), as express's router had it. */
function refuseMalformed(url: string): void {
  if (!url.includes('%')) return;
  const path = url.split('?', 1)[0] ?? url;
  try {
    decodeURIComponent(path);
  } catch {
    throw Object.assign(new URIError(`Failed to decode the path '${path}'`), { status: 400 });
  }
}

/** Mounts every operation of the services in one tree; unknown URLs go on to the app's 404. */
export async function createRouteTable(
  services: readonly ServiceContract[],
  securityHandlers: SecurityHandlers,
  platforms: readonly Platform[],
  serve: Serve,
): Promise<RequestHandler> {
  // Strict: `/product/` is not `/product` (one resource, one URL), nor is `/Product`; it
  // answers the 404 of unknown URLs. Parameters as long as the URL itself may be.
  const tree = FindMyWay({ caseSensitive: true, ignoreTrailingSlash: false, maxParamLength: 16_384 });
  const methodsByPath = new Map<string, Set<string>>();
  for (const mounted of compile(services, securityHandlers, platforms)) {
    const { spec } = mounted;
    const method = spec.method.toUpperCase();
    const methods = methodsByPath.get(spec.expressPath) ?? new Set<string>();
    methods.add(method);
    methodsByPath.set(spec.expressPath, methods);
    const route: Route = { mounted };
    tree.on(method as HTTPMethod, spec.expressPath, noop, route);
    if (method === 'GET') tree.on('HEAD', spec.expressPath, noop, route);
  }
  // A known URL with a method it does not serve: 405 with Allow (SG-26).
  for (const [path, methods] of methodsByPath) {
    const allowed = [...methods].sort();
    if (methods.has('GET')) allowed.push('HEAD');
    const route: Route = { allowed };
    const others = METHODS.filter((method) => !allowed.includes(method)) as HTTPMethod[];
    tree.on(others, path, noop, route);
  }
  const known = (platform: string | undefined): boolean => platforms.includes(platform as Platform);

  return (request: Request, response: Response, next: NextFunction): void => {
    const found = tree.find(request.method as HTTPMethod, request.url);
    if (!found) {
      refuseMalformed(request.url);
      return next();
    }
    const params = found.params as Record<string, string>;
    // An unknown platform is an unknown URL, not a bad parameter; so is an empty segment.
    if (!known(params.platform)) return next();
    for (const name in params) if (params[name] === '') return next();
    request.params = params;
    const route = found.store as Route;
    if (route.allowed) {
      const { allowed } = route;
      return next(
        new MethodNotAllowedError(
          allowed,
          `${request.method} is not allowed on ${request.path}; allowed: ${allowed.join(', ')}`,
        ),
      );
    }
    serve(route.mounted, request, response).catch(next);
  };
}
