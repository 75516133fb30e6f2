/**
 * The contract layer every service reuses: mounts each operation of a generated operation
 * table on an express router, then for each request checks the platform, the security the
 * spec declares, the body's media type, validates the request with openapi-backend, calls
 * the typed handler, and validates the response for its exact operation and status before
 * sending it (SG-15). Routing is express's, by the generated table: openapi-backend's own
 * router rebuilds its operation list on every request, which costs ~300 µs at 50 operations.
 */
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import ajvFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
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
import type { OperationSpec, Principal } from './handler-types.ts';

/** What a security handler is told about the request it checks. */
export interface SecurityCheck {
  request: Request;
  response: Response;
  platform: Platform;
  /** Scopes the operation's requirement lists for this scheme (all are needed). */
  scopes: readonly string[];
}

/**
 * Checks one security scheme of the spec: throws an AuthenticationError (401) or a
 * ForbiddenError (403) when it fails; an access-token scheme returns the caller.
 */
export type SecurityHandler = (
  check: SecurityCheck,
) => Principal | undefined | Promise<Principal | undefined>;

/** What the runtime sees of a handler: the generated types are checked where handlers are written. */
interface RuntimeResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type RuntimeHandler = (context: {
  principal: Principal | undefined;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  request: Request;
  response: Response;
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
  /** Its spec documents 400 as RFC 6749's `{error, error_description}` (the OAuth exception). */
  oauthErrors: boolean;
  /** openapi-backend's compiled request validators of this operation (body, parameters). */
  requestValidators: readonly ValidateFunction[];
  hasHeaderParameters: boolean;
  /** The spec's security requirements, each sorted into the order its handlers run. */
  security: OperationSpec['security'];
  /** Compiled response validators by status (openapi-backend's, called directly). */
  responseValidators: Readonly<Record<string, ValidateFunction | undefined>>;
  /** Query parameters the spec declares as arrays: a single value becomes a one-item array. */
  arrayQueryParameters: ReadonlySet<string>;
  handler: RuntimeHandler;
  /** Statuses whose spec has a JSON body (openapi-backend also compiles a `null` schema for 204). */
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
      // 'fast' formats: simpler regular expressions, still a date-time, a uri, an email.
      addFormats(ajv, { mode: 'fast' });
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

/** Sets Deprecation, Sunset and a Link to the successor, with this request's path values. */
function deprecationHeadersOf(deprecation: NonNullable<OperationSpec['deprecation']>) {
  const since = `@${Date.parse(`${deprecation.since}T00:00:00Z`) / 1000}`;
  const sunset = new Date(`${deprecation.sunset}T00:00:00Z`).toUTCString();
  // The successor path split once into literal text and parameter names.
  const parts = deprecation.successorPath.split(/\{([^}]+)\}/);
  return (request: Request, response: Response): void => {
    let successor = '';
    parts.forEach((part, index) => {
      successor += index % 2 === 0 ? part : encodeURIComponent(String(request.params[part] ?? `{${part}}`));
    });
    response.setHeader('Deprecation', since);
    response.setHeader('Sunset', sunset);
    response.setHeader('Link', `<${successor}>; rel="successor-version"`);
  };
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
  // Parsers by media type; the operation's spec says which media types it accepts.
  const bodyParsers: Readonly<Record<string, RequestHandler>> = {
    'application/json': express.json({ limit: options.bodyLimit, type: () => true }),
    'application/x-www-form-urlencoded': express.urlencoded({
      limit: options.bodyLimit,
      extended: false,
      type: () => true,
    }),
  };
  const methodsByPath = new Map<string, Set<string>>();
  const serveOptions = { ...options, bodyParsers };
  const checkOrder = Object.keys(options.securityHandlers);

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
      for (const { scheme } of spec.security.flat()) {
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
      const badRequest = (operation.responses?.['400'] ?? {}) as {
        content?: { 'application/json'?: { schema?: { required?: string[] } } };
      };
      const mounted: MountedOperation = {
        spec,
        oauthErrors: badRequest.content?.['application/json']?.schema?.required?.includes('error') ?? false,
        handler,
        jsonStatuses,
        requestValidators: api.validator.getRequestValidatorsForOperation(spec.operationId),
        security: spec.security.map((requirement) =>
          [...requirement].sort((a, b) => checkOrder.indexOf(a.scheme) - checkOrder.indexOf(b.scheme)),
        ),
        responseValidators: api.validator.getStatusBasedResponseValidatorForOperation(spec.operationId) ?? {},
        hasHeaderParameters: (operation.parameters ?? []).some(
          (parameter) => 'in' in parameter && parameter.in === 'header',
        ),
        arrayQueryParameters: new Set(
          (operation.parameters ?? [])
            .filter((parameter) => 'in' in parameter && parameter.in === 'query')
            .filter((parameter) => (parameter as { schema?: { type?: string } }).schema?.type === 'array')
            .map((parameter) => (parameter as { name: string }).name),
        ),
      };
      const methods = methodsByPath.get(spec.expressPath) ?? new Set<string>();
      methods.add(spec.method.toUpperCase());
      methodsByPath.set(spec.expressPath, methods);
      const deprecationHeaders = spec.deprecation ? deprecationHeadersOf(spec.deprecation) : undefined;
      router[spec.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](
        spec.expressPath,
        async (request, response, next) => {
          // An unknown platform is an unknown URL, not a bad parameter of this operation.
          if (!options.platforms.includes(request.params.platform as Platform)) return next();
          response.locals.operation = mounted;
          // Every answer of a deprecated operation says so, errors included (RFC 9745, RFC 8594).
          if (deprecationHeaders) deprecationHeaders(request, response);
          await serve(mounted, request, response, serveOptions);
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

/**
 * Runs the spec's security requirements: alternatives (OR) of schemes that must all pass
 * (AND). Within one requirement the schemes run in the order of `securityHandlers`, so the
 * app token (401.1/401.2) is checked before the access token (401.3-401.5) and CSRF (401.6).
 */
async function authenticate(
  mounted: MountedOperation,
  request: Request,
  response: Response,
  platform: Platform,
  options: ContractOptions,
): Promise<Principal | undefined> {
  if (mounted.security.length === 0) return undefined;
  let firstFailure: unknown;
  for (const requirement of mounted.security) {
    try {
      let principal: Principal | undefined;
      for (const { scheme, scopes } of requirement) {
        principal =
          (await options.securityHandlers[scheme]?.({ request, response, platform, scopes })) ?? principal;
      }
      return principal;
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
  options: ContractOptions & { bodyParsers: Readonly<Record<string, RequestHandler>> },
): Promise<void> {
  const { spec, handler, jsonStatuses } = mounted;
  const platform = request.params.platform as Platform;
  const principal = await authenticate(mounted, request, response, platform, options);

  if (spec.requestMediaTypes.length > 0 && hasBody(request)) {
    const mediaType = mediaTypeOf(request);
    if (!spec.requestMediaTypes.includes(mediaType)) {
      throw new UnsupportedMediaTypeError(
        `request body must be sent as ${spec.requestMediaTypes.join(' or ')}, not '${mediaType || 'no Content-Type'}'`,
      );
    }
    const parser = options.bodyParsers[mediaType];
    if (parser) {
      await runMiddleware(parser, request, response).catch((error: unknown) => {
        throw bodyParserError(error, options.bodyLimit);
      });
    }
  }

  const body: unknown = request.body;
  const { path, query } = validateRequest(mounted, request, body);
  const result = await handler({
    principal,
    path,
    query,
    body,
    request,
    response,
    log: options.log,
  });
  checkResponse(mounted, result);
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, value);
  if (jsonStatuses.has(result.status)) response.status(result.status).json(result.body);
  else response.status(result.status).end();
}

/**
 * Validates the request with the ajv functions openapi-backend compiled for this operation at
 * start-up, on what express has already parsed: the same schemas, coercion and defaults as
 * its `validateRequest`, without re-parsing the URL, query and cookies on every request.
 * Returns the path and query values coerced to their types, with defaults applied.
 */
function validateRequest(
  mounted: MountedOperation,
  request: Request,
  body: unknown,
): { path: Record<string, unknown>; query: Record<string, unknown> } {
  const query: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.query as Record<string, string | string[]>)) {
    query[name] = mounted.arrayQueryParameters.has(name) && !Array.isArray(value) ? [value] : value;
  }
  const parameters: Record<string, unknown> = {
    path: { ...request.params },
    query,
    // Headers are copied only for operations that declare header parameters (Idempotency-Key).
    header: mounted.hasHeaderParameters ? { ...request.headers } : {},
    cookie: {},
  };
  if (body !== undefined) parameters.requestBody = body;
  const errors: ErrorObject[] = [];
  for (const validate of mounted.requestValidators) {
    if (!validate(parameters)) errors.push(...(validate.errors ?? []));
  }
  if (errors.length > 0) throw new ValidationError(toFieldErrors(errors));
  return { path: parameters.path as Record<string, unknown>, query };
}

/** SG-15: the status must be documented, and a JSON body must match its schema exactly. */
export function checkResponse(mounted: MountedOperation, result: RuntimeResult): void {
  const { spec, jsonStatuses } = mounted;
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
  const validate = mounted.responseValidators[String(result.status)];
  if (!validate) {
    throw new ResponseContractError(`${spec.operationId} has no compiled schema for status ${result.status}`);
  }
  if (!validate(result.body)) {
    throw new ResponseContractError(
      `${spec.operationId} ${result.status} response does not match its spec: ${describeAjvErrors(validate.errors ?? [])}`,
    );
  }
}
