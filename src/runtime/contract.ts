/**
 * The contract layer every service reuses: mounts each operation of a generated operation
 * table on an express router, then for each request checks the platform, the security the
 * spec declares, the body's media type, validates the request with openapi-backend, calls
 * the typed handler, and validates the response for its exact operation and status before
 * sending it (SG-15). Routing is express's, by the generated table: openapi-backend's own
 * router rebuilds its operation list on every request, which costs ~300 µs at 50 operations.
 */
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import ajvFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import type { Logger } from 'pino';
import type { Platform } from '../config.ts';
import {
  InternalError,
  MalformedBodyError,
  MethodNotAllowedError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../errors.ts';
import { toFieldErrors } from './field-errors.ts';
import type { OperationSpec } from './handler-types.ts';

/** Checks one security scheme of the spec; throws an AuthenticationError when it fails. */
export type SecurityHandler = (request: Request, platform: Platform) => void | Promise<void>;

/** What the runtime sees of a handler: the generated types are checked where handlers are written. */
interface RuntimeResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type RuntimeHandler = (context: {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  request: Request;
  log: Logger;
}) => Promise<RuntimeResult>;

/** One service: its bundled spec, its generated operation table and its typed handlers. */
export interface ServiceContract<Handlers extends object = object> {
  name: string;
  document: Document;
  operations: readonly OperationSpec[];
  handlers: Handlers;
}

export interface ContractOptions {
  platforms: readonly Platform[];
  securityHandlers: Readonly<Record<string, SecurityHandler>>;
  bodyLimit: string;
  log: Logger;
}

/** The response an operation was about to send did not match its spec (SG-15). */
export class ResponseContractError extends InternalError {}

export interface MountedOperation {
  spec: OperationSpec;
  api: OpenAPIBackend;
  operation: Operation;
  handler: RuntimeHandler;
  jsonStatuses: ReadonlySet<number>;
}

function mediaTypeOf(request: Request): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function hasBody(request: Request): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0
  );
}

function describeAjvErrors(errors: readonly ErrorObject[]): string {
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`).join('; ');
}

// ajv-formats is CommonJS: under Node's ESM interop the default import is the plugin itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

/** Builds the openapi-backend instance used for validation only (formats included). */
async function createValidator(document: Document): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: document,
    strict: true,
    validate: true,
    coerceTypes: true,
    ajvOpts: { allErrors: true, useDefaults: true, strict: false },
    customizeAjv: (ajv) => {
      addFormats(ajv);
      return ajv;
    },
  });
  await api.init();
  return api;
}

function runMiddleware(middleware: RequestHandler, request: Request, response: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    void middleware(request, response, (error?: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error('middleware failed', { cause: error }));
      else resolve();
    });
  });
}

/** Maps body-parser failures to the style guide's 400/413/415 bodies. */
function bodyParserError(error: unknown, limit: string): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return new MalformedBodyError(`request body is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (type === 'entity.too.large') return new PayloadTooLargeError(`request body is larger than ${limit}`);
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new UnsupportedMediaTypeError((error as Error).message, { cause: error });
  }
  return error;
}

/** Mounts every operation of the services on one router, in the order of their tables. */
export async function createContractRouter(
  services: readonly ServiceContract[],
  options: ContractOptions,
): Promise<Router> {
  const router = express.Router({ caseSensitive: true, strict: false });
  const jsonParser = express.json({ limit: options.bodyLimit, type: () => true });
  const methodsByPath = new Map<string, Set<string>>();

  for (const service of services) {
    const api = await createValidator(service.document);
    const handlers = service.handlers as Record<string, RuntimeHandler | undefined>;
    for (const spec of service.operations) {
      const operation = api.getOperation(spec.operationId);
      const handler = handlers[spec.operationId];
      if (!operation || !handler) {
        throw new Error(
          `${service.name}: operation ${spec.operationId} has no ${operation ? 'handler' : 'definition'}`,
        );
      }
      for (const scheme of spec.security.flat()) {
        if (!options.securityHandlers[scheme]) {
          throw new Error(
            `${service.name}: security scheme '${scheme}' of ${spec.operationId} has no handler`,
          );
        }
      }
      const jsonStatuses = new Set(
        Object.entries(operation.responses ?? {})
          .filter(([, response]) =>
            Boolean((response as { content?: Record<string, unknown> }).content?.['application/json']),
          )
          .map(([status]) => Number(status)),
      );
      const mounted: MountedOperation = { spec, api, operation, handler, jsonStatuses };
      const methods = methodsByPath.get(spec.expressPath) ?? new Set<string>();
      methods.add(spec.method.toUpperCase());
      methodsByPath.set(spec.expressPath, methods);
      router[spec.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](
        spec.expressPath,
        async (request, response, next) => {
          // An unknown platform is an unknown URL, not a bad parameter of this operation.
          if (!options.platforms.includes(request.params.platform as Platform)) return next();
          response.locals.operation = mounted;
          await serve(mounted, request, response, { ...options, jsonParser });
        },
      );
    }
  }
  // A known URL with a method it does not serve: 405 with Allow (SG-26).
  for (const [expressPath, methods] of methodsByPath) {
    const allowed = [...methods].sort();
    if (allowed.includes('GET')) allowed.push('HEAD');
    router.all(expressPath, (request, _response, next) => {
      if (!options.platforms.includes(request.params.platform as Platform)) return next();
      throw new MethodNotAllowedError(
        allowed,
        `${request.method} is not allowed on ${request.path}; allowed: ${allowed.join(', ')}`,
      );
    });
  }
  return router;
}

async function authenticate(
  spec: OperationSpec,
  request: Request,
  platform: Platform,
  options: ContractOptions,
): Promise<void> {
  if (spec.security.length === 0) return;
  let firstFailure: unknown;
  for (const requirement of spec.security) {
    try {
      for (const scheme of requirement) await options.securityHandlers[scheme]?.(request, platform);
      return;
    } catch (error) {
      firstFailure ??= error;
    }
  }
  throw firstFailure;
}

async function serve(
  mounted: MountedOperation,
  request: Request,
  response: Response,
  options: ContractOptions & { jsonParser: RequestHandler },
): Promise<void> {
  const { spec, api, operation, handler, jsonStatuses } = mounted;
  const platform = request.params.platform as Platform;
  await authenticate(spec, request, platform, options);

  if (spec.requestMediaTypes.length > 0 && hasBody(request)) {
    const mediaType = mediaTypeOf(request);
    if (!spec.requestMediaTypes.includes(mediaType)) {
      throw new UnsupportedMediaTypeError(
        `request body must be sent as ${spec.requestMediaTypes.join(' or ')}, not '${mediaType || 'no Content-Type'}'`,
      );
    }
    if (mediaType === 'application/json') {
      await runMiddleware(options.jsonParser, request, response).catch((error: unknown) => {
        throw bodyParserError(error, options.bodyLimit);
      });
    }
  }

  const body: unknown = request.body;
  const validation = api.validator.validateRequest(
    {
      method: request.method,
      path: request.path,
      headers: request.headers as Record<string, string>,
      query: request.query as Record<string, string>,
      body,
    },
    operation,
  );
  if (!validation.valid) throw new ValidationError(toFieldErrors(validation.errors ?? []));

  const log = (request.log as Logger | undefined) ?? options.log;
  const result = await handler({
    path: validation.coerced?.params ?? {},
    query: (validation.coerced?.query ?? {}) as Record<string, unknown>,
    body,
    request,
    log,
  });
  checkResponse(mounted, result);
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, value);
  if (jsonStatuses.has(result.status)) response.status(result.status).json(result.body);
  else response.status(result.status).end();
}

/** SG-15: the status must be documented, and a JSON body must match its schema exactly. */
export function checkResponse(mounted: MountedOperation, result: RuntimeResult): void {
  const { spec, api, operation, jsonStatuses } = mounted;
  if (!spec.statuses.includes(result.status)) {
    throw new ResponseContractError(
      `${spec.operationId} answered status ${result.status}, which its spec does not document`,
    );
  }
  if (!jsonStatuses.has(result.status)) {
    if (result.body !== undefined) {
      throw new ResponseContractError(
        `${spec.operationId} sent a body with status ${result.status}, which has none in its spec`,
      );
    }
    return;
  }
  const verdict = api.validator.validateResponse(result.body, operation, result.status);
  if (!verdict.valid) {
    throw new ResponseContractError(
      `${spec.operationId} ${result.status} response does not match its spec: ${describeAjvErrors(verdict.errors ?? [])}`,
    );
  }
}
