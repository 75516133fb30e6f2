/**
 * Stage 0, at start-up: compiles one operation of a service into what every request of it
 * needs: openapi-backend's request and response validators, the declared header and cookie
 * parameters, the statuses with a JSON body, and its security per platform in the order
 * checks run.
 */
import { OpenAPIBackend, type Document } from 'openapi-backend';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Logger } from 'pino';
import type { OperationSpec, Principal, RequestFacts, ResponseCookie } from '../handler-types.ts';
import { grantsOf, type Grants } from './grant-type.ts';
import { integerParametersOf, type IntegerParameter } from './strict-integers.ts';

/** What the runtime sees of a handler: the generated types are checked where handlers are written. */
export interface RuntimeResult {
  status: number;
  body?: unknown;
  page?: { records: unknown[]; total: number };
  headers?: Record<string, string | number | undefined>;
  cookies?: readonly ResponseCookie[];
}

export interface RuntimeContext extends RequestFacts {
  principal: Principal | undefined;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
  body: unknown;
  log: Logger;
}

export type RuntimeHandler = (context: RuntimeContext) => Promise<RuntimeResult>;

/** A declared header or cookie parameter: its spec name and the name it arrives under. */
interface DeclaredParameter {
  name: string;
  wireName: string;
}

export interface MountedOperation {
  spec: OperationSpec;
  /** Its spec documents 400 as RFC 6749's `{error, error_description}` (the OAuth exception). */
  oauthErrors: boolean;
  /** openapi-backend's compiled request validators of this operation (body, parameters). */
  requestValidators: readonly ValidateFunction[];
  headerParameters: readonly DeclaredParameter[];
  cookieParameters: readonly DeclaredParameter[];
  /**
   * The spec's security requirements that apply on each platform (all their schemes do), each
   * sorted into the order its handlers run: one lookup per request.
   */
  securityByPlatform: Readonly<Record<string, OperationSpec['security']>>;
  /** Compiled response validators by status (openapi-backend's, called directly). */
  responseValidators: Readonly<Record<string, ValidateFunction | undefined>>;
  /** Query parameters the spec declares as arrays: a single value becomes a one-item array. */
  arrayQueryParameters: ReadonlySet<string>;
  /** Integer path and query parameters, whose values must be plain decimal digits. */
  integerParameters: readonly IntegerParameter[];
  /** An OAuth 2 token request's grants (its body's branches by `grant_type`), checked before its schema. */
  grants: Grants | undefined;
  handler: RuntimeHandler;
  /** Statuses whose spec has a JSON body (openapi-backend also compiles a `null` schema for 204). */
  jsonStatuses: ReadonlySet<number>;
  /** Sets the deprecation headers of a deprecated operation (RFC 9745, RFC 8594). */
  deprecationHeaders: ((path: Readonly<Record<string, string>>) => Record<string, string>) | undefined;
}

// ajv-formats is CommonJS: under Node's ESM interop the default import is the plugin itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

/** Builds the openapi-backend instance used for validation only (formats included). */
export async function createValidator(document: Document): Promise<OpenAPIBackend> {
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

/** Deprecation, Sunset and a Link to the successor, with this request's path values. */
function deprecationHeadersOf(deprecation: NonNullable<OperationSpec['deprecation']>) {
  const since = `@${Date.parse(`${deprecation.since}T00:00:00Z`) / 1000}`;
  const sunset = new Date(`${deprecation.sunset}T00:00:00Z`).toUTCString();
  // The successor path split once into literal text and parameter names.
  const parts = deprecation.successorPath.split(/\{([^}]+)\}/);
  return (path: Readonly<Record<string, string>>): Record<string, string> => {
    let successor = '';
    parts.forEach((part, index) => {
      successor += index % 2 === 0 ? part : encodeURIComponent(path[part] ?? `{${part}}`);
    });
    return { Deprecation: since, Sunset: sunset, Link: `<${successor}>; rel="successor-version"` };
  };
}

interface ParameterObject {
  in?: string;
  name?: string;
  schema?: { type?: string; minimum?: number; items?: { type?: string } };
}

/** How security is checked: the handlers' order, and on which platforms each scheme applies. */
export interface SecurityPlan {
  checkOrder: readonly string[];
  platforms: readonly string[];
  /** Whether a scheme applies on a platform (its `x-platforms`, or every platform). */
  appliesTo: (scheme: string, platform: string) => boolean;
}

/** Per platform, the requirements whose schemes all apply there, in check order. */
function securityByPlatform(
  service: string,
  spec: OperationSpec,
  plan: SecurityPlan,
): Record<string, OperationSpec['security']> {
  const byPlatform: Record<string, OperationSpec['security']> = {};
  for (const platform of plan.platforms) {
    const requirements = spec.security
      .filter((requirement) => requirement.every(({ scheme }) => plan.appliesTo(scheme, platform)))
      .map((requirement) =>
        [...requirement].sort(
          (a, b) => plan.checkOrder.indexOf(a.scheme) - plan.checkOrder.indexOf(b.scheme),
        ),
      );
    // No requirement would mean no check at all: refuse to start instead.
    if (spec.security.length > 0 && requirements.length === 0) {
      throw new Error(`${service}: ${spec.operationId} has no security requirement for ${platform}`);
    }
    byPlatform[platform] = requirements;
  }
  return byPlatform;
}

/** Compiles one operation; throws when the spec and the handler table disagree. */
export function mountOperation(
  service: string,
  api: OpenAPIBackend,
  spec: OperationSpec,
  handler: RuntimeHandler | undefined,
  securityPlan: SecurityPlan,
): MountedOperation {
  const operation = api.getOperation(spec.operationId);
  if (!operation || !handler) {
    throw new Error(
      `${service}: operation ${spec.operationId} has no ${operation ? 'handler' : 'definition'}`,
    );
  }
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const declared = (location: string, wireName: (name: string) => string): DeclaredParameter[] =>
    parameters
      .filter((parameter) => parameter.in === location && parameter.name)
      .map(({ name = '' }) => ({ name, wireName: wireName(name) }));
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
  return {
    spec,
    oauthErrors: badRequest.content?.['application/json']?.schema?.required?.includes('error') ?? false,
    handler,
    jsonStatuses,
    requestValidators: api.validator.getRequestValidatorsForOperation(spec.operationId),
    securityByPlatform: securityByPlatform(service, spec, securityPlan),
    responseValidators: api.validator.getStatusBasedResponseValidatorForOperation(spec.operationId) ?? {},
    // Node gives header names in lower case; the handler sees the spec's names.
    headerParameters: declared('header', (name) => name.toLowerCase()),
    cookieParameters: declared('cookie', (name) => name),
    arrayQueryParameters: new Set(
      parameters
        .filter((parameter) => parameter.in === 'query' && parameter.schema?.type === 'array')
        .map(({ name = '' }) => name),
    ),
    integerParameters: integerParametersOf(parameters),
    grants: grantsOf(operation.requestBody),
    deprecationHeaders: spec.deprecation ? deprecationHeadersOf(spec.deprecation) : undefined,
  };
}
