/**
 * Stage 0, at start-up: binds one operation of a service to what every request of it needs:
 * its request and response validators (compiled ahead of time, generated/<service>.validators.ts),
 * the declared header and cookie parameters, the statuses with a JSON body, and its security in
 * the order checks run.
 */
import type { Logger } from 'pino';
import type { OperationSpec, Principal, RequestFacts, ResponseCookie } from '../handler-types.ts';
import type { CompiledValidator, OperationValidation, ServiceValidation } from '../validation-table.ts';

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
  /** The spec's security requirements, each sorted into the order its handlers run. */
  security: OperationSpec['security'];
  /** Response validators by status, for the statuses with a JSON body. */
  responseValidators: Readonly<Record<string, CompiledValidator | undefined>>;
  /** Query parameters the spec declares as arrays: a single value becomes a one-item array. */
  arrayQueryParameters: ReadonlySet<string>;
  handler: RuntimeHandler;
  /** Statuses whose spec has a JSON body. */
  jsonStatuses: ReadonlySet<number>;
  /** Sets the deprecation headers of a deprecated operation (RFC 9745, RFC 8594). */
  deprecationHeaders: ((path: Readonly<Record<string, string>>) => Record<string, string>) | undefined;
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

/** Binds one operation; throws when the spec, its validators and the handler table disagree. */
export function mountOperation(
  service: string,
  validation: ServiceValidation,
  spec: OperationSpec,
  handler: RuntimeHandler | undefined,
  checkOrder: readonly string[],
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
    security: spec.security.map((requirement) =>
      [...requirement].sort((a, b) => checkOrder.indexOf(a.scheme) - checkOrder.indexOf(b.scheme)),
    ),
    responseValidators: operation.responses,
    // Node gives header names in lower case; the handler sees the spec's names.
    headerParameters: declared(operation.headerParameters, (name) => name.toLowerCase()),
    cookieParameters: declared(operation.cookieParameters, (name) => name),
    arrayQueryParameters: new Set(operation.arrayQueryParameters),
    deprecationHeaders: spec.deprecation ? deprecationHeadersOf(spec.deprecation) : undefined,
  };
}
