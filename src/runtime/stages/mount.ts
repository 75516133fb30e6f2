/**
 * Stage 0, at start-up: binds one operation of a service to what every request of it needs:
 * its request and response validators (compiled ahead of time, generated/<service>.validators.ts),
 * the declared header and cookie parameters, the statuses with a JSON body, and its security per
 * platform in the order checks run.
 */
import type { Logger } from 'pino';
import type { OperationSpec, Principal, RequestFacts, ResponseCookie } from '../handler-types.ts';
import type {
  CompiledValidator,
  OperationValidation,
  SchemePlatforms,
  ServiceValidation,
} from '../validation-table.ts';
import type { Grants } from './grant-type.ts';
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
  /** The request validators of this operation (body, parameters), openapi-backend's schemas. */
  requestValidators: readonly CompiledValidator[];
  headerParameters: readonly DeclaredParameter[];
  cookieParameters: readonly DeclaredParameter[];
  /**
   * The spec's security requirements that apply on each platform (all their schemes do), each
   * sorted into the order its handlers run: one lookup per request.
   */
  securityByPlatform: Readonly<Record<string, OperationSpec['security']>>;
  /** Response validators by status, for the statuses with a JSON body. */
  responseValidators: Readonly<Record<string, CompiledValidator | undefined>>;
  /** Query parameters the spec declares as arrays: a single value becomes a one-item array. */
  arrayQueryParameters: ReadonlySet<string>;
  /** Integer path and query parameters, whose values must be plain decimal digits. */
  integerParameters: readonly IntegerParameter[];
  /** An OAuth 2 token request's grants (its body's branches by `grant_type`), checked before its schema. */
  grants: Grants | undefined;
  handler: RuntimeHandler;
  /** Statuses whose spec has a JSON body. */
  jsonStatuses: ReadonlySet<number>;
  /** The deprecation headers of a deprecated operation (RFC 9745, RFC 8594), as name, value, ... */
  deprecationHeaders: ((path: Readonly<Record<string, string>>) => string[]) | undefined;
}

/** Deprecation, Sunset and a Link to the successor, with this request's path values. */
function deprecationHeadersOf(deprecation: NonNullable<OperationSpec['deprecation']>) {
  const since = `@${Date.parse(`${deprecation.since}T00:00:00Z`) / 1000}`;
  const sunset = new Date(`${deprecation.sunset}T00:00:00Z`).toUTCString();
  // The successor path split once into literal text and parameter names.
  const parts = deprecation.successorPath.split(/\{([^}]+)\}/);
  return (path: Readonly<Record<string, string>>): string[] => {
    let successor = parts[0] ?? '';
    for (let index = 1; index < parts.length; index += 2) {
      const name = parts[index] ?? '';
      successor += encodeURIComponent(path[name] ?? `{${name}}`) + (parts[index + 1] ?? '');
    }
    return ['Deprecation', since, 'Sunset', sunset, 'Link', `<${successor}>; rel="successor-version"`];
  };
}

/** How security is checked: the handlers' order, and on which platforms each scheme applies. */
export interface SecurityPlan {
  checkOrder: readonly string[];
  platforms: readonly string[];
  /** Each scheme's `x-platforms`; a scheme not listed applies on every platform. */
  schemePlatforms: SchemePlatforms;
}

/** Per platform, the requirements whose schemes all apply there, in check order. */
function securityByPlatform(
  service: string,
  spec: OperationSpec,
  plan: SecurityPlan,
): Record<string, OperationSpec['security']> {
  const appliesTo = (scheme: string, platform: string): boolean =>
    plan.schemePlatforms[scheme]?.includes(platform) ?? true;
  const byPlatform: Record<string, OperationSpec['security']> = {};
  for (const platform of plan.platforms) {
    const requirements = spec.security
      .filter((requirement) => requirement.every(({ scheme }) => appliesTo(scheme, platform)))
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

/** Binds one operation; throws when the spec, its validators and the handler table disagree. */
export function mountOperation(
  service: string,
  validation: ServiceValidation,
  spec: OperationSpec,
  handler: RuntimeHandler | undefined,
  securityPlan: SecurityPlan,
): MountedOperation {
  const operation: OperationValidation | undefined = validation[spec.operationId];
  if (!operation || !handler) {
    throw new Error(
      `${service}: operation ${spec.operationId} has no ${operation ? 'handler' : 'validators (run npm run generate)'}`,
    );
  }
  const declared = (names: readonly string[], wireName: (name: string) => string): DeclaredParameter[] =>
    names.map((name) => ({ name, wireName: wireName(name) }));
  return {
    spec,
    oauthErrors: operation.oauthErrors,
    handler,
    jsonStatuses: new Set(Object.keys(operation.responses).map(Number)),
    requestValidators: operation.request,
    securityByPlatform: securityByPlatform(service, spec, securityPlan),
    responseValidators: operation.responses,
    // Node gives header names in lower case; the handler sees the spec's names.
    headerParameters: declared(operation.headerParameters, (name) => name.toLowerCase()),
    cookieParameters: declared(operation.cookieParameters, (name) => name),
    arrayQueryParameters: new Set(operation.arrayQueryParameters),
    integerParameters: integerParametersOf(operation.integerParameters),
    grants: operation.grants ? new Map(Object.entries(operation.grants)) : undefined,
    deprecationHeaders: spec.deprecation ? deprecationHeadersOf(spec.deprecation) : undefined,
  };
}
