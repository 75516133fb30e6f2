/**
 * The route table, at start-up: every operation of every service bound to its validators
 * (stages/mount.ts) at its generated path in one find-my-way radix tree; a URL known for other
 * methods only is a 405 with `Allow`. One lookup per request: express's router tried
 * each of the ~45 operations' regular expressions in turn and built its layer state (~13 µs of
 * a product read; docs/performance.md). openapi-backend's own router rebuilds its operation
 * list on every request (~300 µs at 50 operations).
 */
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
  const methods = new Set<HTTPMethod>();
  for (const mounted of compile(services, securityHandlers, platforms)) {
    const method = mounted.spec.method.toUpperCase() as HTTPMethod;
    // HEAD is looked up as GET (below): each route registered costs find-my-way ~0.3 ms of
    // compiling at start-up.
    tree.on(method, mounted.spec.expressPath, noop, mounted);
    methods.add(method);
  }
  const known = (platform: string | undefined): boolean => platforms.includes(platform as Platform);
  /** The path values of a URL the tree knows for `method`, or undefined. */
  const lookup = (method: HTTPMethod, url: string) => {
    const found = tree.find(method === 'HEAD' ? 'GET' : method, url);
    if (!found) return undefined;
    const params = found.params as Record<string, string>;
    // An unknown platform is an unknown URL, not a bad parameter; so is an empty segment.
    if (!known(params.platform)) return undefined;
    for (const name in params) if (params[name] === '') return undefined;
    return { mounted: found.store as MountedOperation, params };
  };
  // Only a URL no operation serves with its method looks for the others: a known URL with a
  // method it does not serve is a 405 with Allow (SG-26). Not a route per other method and
  // path, which made start-up compile ~1,000 of them.
  const allowedOn = (url: string): string[] => {
    const allowed = [...methods].filter((method) => lookup(method, url)).sort();
    if (allowed.includes('GET')) allowed.push('HEAD');
    return allowed;
  };

  return (request: Request, response: Response, next: NextFunction): void => {
    const found = lookup(request.method as HTTPMethod, request.url);
    if (found) {
      request.params = found.params;
      serve(found.mounted, request, response).catch(next);
      return;
    }
    refuseMalformed(request.url);
    const allowed = allowedOn(request.url);
    if (allowed.length === 0) return next();
    next(
      new MethodNotAllowedError(
        allowed,
        `${request.method} is not allowed on ${request.path}; allowed: ${allowed.join(', ')}`,
      ),
    );
  };
}
