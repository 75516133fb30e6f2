/**
 * The route table, at start-up: every operation of every service compiled (stages/mount.ts)
 * and mounted on an express router at its generated express path, plus a 405 with `Allow` for
 * each known path's other methods. Routing is express's, by the generated table: openapi-backend's
 * own router rebuilds its operation list on every request (~300 µs at 50 operations).
 */
import express, { type Request, type Response, type Router } from 'express';
import type { Document } from 'openapi-backend';
import type { Platform } from '../../config.ts';
import { MethodNotAllowedError } from '../../errors.ts';
import type { OperationSpec } from '../handler-types.ts';
import {
  createValidator,
  mountOperation,
  type MountedOperation,
  type RuntimeHandler,
  type SecurityPlan,
} from './mount.ts';
import type { SecurityHandlers } from './security.ts';

/** One service: its bundled spec, its generated operation table and its typed handlers. */
export interface ServiceContract<Handlers extends object = object> {
  name: string;
  document: Document;
  operations: readonly OperationSpec[];
  handlers: Handlers;
}

type Serve = (mounted: MountedOperation, request: Request, response: Response) => Promise<void>;

/** The platforms each security scheme of a spec lists in `x-platforms` (absent: every platform). */
function schemePlatforms(document: Document): ReadonlyMap<string, readonly string[]> {
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, { 'x-platforms'?: unknown }>;
  const platforms = new Map<string, readonly string[]>();
  for (const [name, scheme] of Object.entries(schemes)) {
    const listed = scheme['x-platforms'];
    if (Array.isArray(listed)) platforms.set(name, listed.map(String));
  }
  return platforms;
}

/** Compiles every operation; fails start-up on a missing handler or security handler. */
async function compile(
  services: readonly ServiceContract[],
  securityHandlers: SecurityHandlers,
  platforms: readonly Platform[],
): Promise<MountedOperation[]> {
  const checkOrder = Object.keys(securityHandlers);
  const mounted: MountedOperation[] = [];
  for (const service of services) {
    const api = await createValidator(service.document);
    const listed = schemePlatforms(service.document);
    const securityPlan: SecurityPlan = {
      checkOrder,
      platforms,
      appliesTo: (scheme, platform) => listed.get(scheme)?.includes(platform) ?? true,
    };
    const handlers = service.handlers as Record<string, RuntimeHandler | undefined>;
    for (const spec of service.operations) {
      for (const { scheme } of spec.security.flat()) {
        if (!securityHandlers[scheme]) {
          throw new Error(
            `${service.name}: security scheme '${scheme}' of ${spec.operationId} has no handler`,
          );
        }
      }
      mounted.push(mountOperation(service.name, api, spec, handlers[spec.operationId], securityPlan));
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

  for (const mounted of await compile(services, securityHandlers, platforms)) {
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
