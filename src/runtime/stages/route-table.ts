/**
 * The route table, at start-up: every operation of every service bound to its validators (stages/mount.ts)
 * and mounted on an express router at its generated express path, plus a 405 with `Allow` for
 * each known path's other methods. Routing is express's, by the generated table: openapi-backend's
 * own router rebuilds its operation list on every request (~300 µs at 50 operations).
 */
import express, { type Request, type Response, type Router } from 'express';
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

/** Mounts every operation of the services on one router, in the order of their tables. */
export async function createRouteTable(
  services: readonly ServiceContract[],
  securityHandlers: SecurityHandlers,
  platforms: readonly Platform[],
  serve: Serve,
): Promise<Router> {
  // strict: `/product/` is not `/product` (one resource, one URL); it answers the 404 of unknown URLs.
  const router = express.Router({ caseSensitive: true, strict: true });
  const methodsByPath = new Map<string, Set<string>>();
  const known = (request: Request): boolean => platforms.includes(request.params.platform as Platform);

  for (const mounted of compile(services, securityHandlers, platforms)) {
    const { spec } = mounted;
    const methods = methodsByPath.get(spec.expressPath) ?? new Set<string>();
    methods.add(spec.method.toUpperCase());
    methodsByPath.set(spec.expressPath, methods);
    router[spec.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](
      spec.expressPath,
      async (request, response, next) => {
        // An unknown platform is an unknown URL, not a bad parameter of this operation.
        if (!known(request)) return next();
        await serve(mounted, request, response);
      },
    );
  }
  // A known URL with a method it does not serve: 405 with Allow (SG-26).
  for (const [expressPath, methods] of methodsByPath) {
    const allowed = [...methods].sort();
    if (allowed.includes('GET')) allowed.push('HEAD');
    router.all(expressPath, (request, _response, next) => {
      if (!known(request)) return next();
      throw new MethodNotAllowedError(
        allowed,
        `${request.method} is not allowed on ${request.path}; allowed: ${allowed.join(', ')}`,
      );
    });
  }
  return router;
}
