/**
 * The strict handler interface: what a handler receives (only what its operation's spec
 * declares, typed from `generated/`, plus what the runtime resolves for every request) and
 * the only results it may return (documented 2xx statuses, bodies and headers). No HTTP
 * framework type appears here: a handler is a plain async function of plain objects.
 *
 * Convention: a handler RETURNS its success; every other outcome is THROWN as an error of the
 * catalogue (src/errors.ts), which the runtime turns into the style guide's body.
 */
import type { Logger } from 'pino';
import type { Page } from './paging.ts';

/** One row of a generated operation table (`generated/<service>.operations.ts`). */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly expressPath: string;
  /** Alternatives (OR) of schemes that must all pass (AND), with their scopes, as the spec's `security`. */
  readonly security: readonly (readonly { readonly scheme: string; readonly scopes: readonly string[] }[])[];
  readonly authenticated: boolean;
  readonly statuses: readonly number[];
  readonly requestMediaTypes: readonly string[];
  readonly queryDefaults: readonly string[];
  readonly deprecation: {
    readonly since: string;
    readonly sunset: string;
    readonly successorPath: string;
  } | null;
}

/** The shape openapi-typescript gives an operation. */
interface OperationShape {
  parameters: { query?: unknown; path?: unknown; header?: unknown; cookie?: unknown };
  requestBody?: unknown;
  responses: object;
}

type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** The declared parameters of one location, or an empty object when there are none. */
type Declared<T> = [NonNullable<T>] extends [never]
  ? Record<string, never>
  : NonNullable<T> extends object
    ? NonNullable<T>
    : Record<string, never>;

/** Query values after validation: coerced to their types, with the spec's defaults applied. */
type QueryParams<Op extends OperationShape, Defaulted extends string> =
  NonNullable<Op['parameters']['query']> extends infer Query
    ? [Query] extends [object]
      ? Omit<Query, Defaulted> & Required<Pick<Query, Defaulted & keyof Query>>
      : Record<string, never>
    : never;

type RequestBody<Op extends OperationShape> = Op['requestBody'] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : Op['requestBody'] extends { content?: { 'application/json': infer Body } }
    ? Body | undefined
    : Op['requestBody'] extends { content: { 'application/x-www-form-urlencoded': infer Body } }
      ? Body
      : undefined;

/** Who is calling: the account behind the access token. */
export interface Principal {
  readonly accountId: number;
  readonly role: 'user' | 'driver' | 'admin';
}

/** What the runtime resolves for every request, whatever its operation. */
export interface RequestFacts {
  /** The client's address: the gateway's `X-Forwarded-For` where the gateway is trusted. */
  readonly clientAddress: string;
  /** This request's id, as the gateway or the client sent it, or made here. */
  readonly requestId: string;
}

/** What a handler receives: validated, typed values only. */
export interface HandlerContext<
  Op extends OperationShape,
  Defaulted extends string = never,
  Authenticated extends boolean = false,
> extends RequestFacts {
  /** The caller; always present on operations whose spec requires an access token. */
  readonly principal: Authenticated extends true ? Principal : Principal | undefined;
  readonly path: Declared<Op['parameters']['path']>;
  readonly query: QueryParams<Op, Defaulted>;
  /** The header parameters the spec declares, by their spec names (e.g. `Idempotency-Key`). */
  readonly headers: Partial<Declared<Op['parameters']['header']>>;
  /** The cookie parameters the spec declares. */
  readonly cookies: Partial<Declared<Op['parameters']['cookie']>>;
  readonly body: RequestBody<Op>;
  readonly log: Logger;
}

/** A cookie to set (or, with `value: ''` and `clear`, to remove) on the client. */
export interface ResponseCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
  readonly expires?: Date;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'strict' | 'lax';
  /** Removes the cookie (expires it now). */
  readonly clear?: true;
}

/** The response headers the spec declares for a status, without openapi-typescript's index signature. */
type DeclaredHeaders<Response> = Response extends { headers: infer Headers }
  ? { [Name in keyof Headers as string extends Name ? never : Name]: Headers[Name] }
  : Record<string, never>;

/** Cookies may be set only where the spec documents `Set-Cookie` for that status. */
type CookiesOf<Response> = 'Set-Cookie' extends keyof DeclaredHeaders<Response>
  ? { cookies?: readonly ResponseCookie[] }
  : { cookies?: never };

/** Headers the runtime sets on every answer it concerns: a handler never sets them. */
type RuntimeHeaders = 'Set-Cookie' | 'X-Request-Id' | 'Deprecation' | 'Sunset' | 'Link';

type HandlerHeaders<Response> = Omit<DeclaredHeaders<Response>, RuntimeHeaders>;

/** The keys of T that are not optional. */
type RequiredKeys<T> = { [Key in keyof T]-?: object extends Pick<T, Key> ? never : Key }[keyof T];

/** A header the spec marks `required: true` (`Location` on a 201) must be returned; the others may be. */
type HeadersOf<Response> = keyof HandlerHeaders<Response> extends never
  ? { headers?: never }
  : [RequiredKeys<HandlerHeaders<Response>>] extends [never]
    ? { headers?: HandlerHeaders<Response> }
    : { headers: HandlerHeaders<Response> };

/** A list body (SG-17): `data` plus `meta`. Its handler returns a page; the runtime builds `meta`. */
type ListItem<Body> = Body extends { data: (infer Item)[]; meta: object } ? Item : never;

type SuccessStatus = 200 | 201 | 202 | 204;

/** One documented success status with its documented body and headers. */
type ResultOf<Status, Response> = ([ListItem<JsonContent<Response>>] extends [never]
  ? JsonContent<Response> extends undefined
    ? { status: Status; body?: undefined }
    : { status: Status; body: JsonContent<Response> }
  : { status: Status; page: Page<ListItem<JsonContent<Response>>> }) &
  HeadersOf<Response> &
  CookiesOf<Response>;

/**
 * A documented success status with its documented body; anything else is a compile error.
 * A list's 200 is a page (`records`, `total`): the runtime answers 204 when it is empty.
 */
export type OperationResult<Op extends OperationShape> = {
  [Status in keyof Op['responses']]: Status extends SuccessStatus
    ? [ListItem<JsonContent<Op['responses'][200 & keyof Op['responses']]>>] extends [never]
      ? ResultOf<Status, Op['responses'][Status]>
      : Status extends 204
        ? never
        : ResultOf<Status, Op['responses'][Status]>
    : never;
}[keyof Op['responses']];

export type OperationHandler<
  Op extends OperationShape,
  Defaulted extends string = never,
  Authenticated extends boolean = false,
> = (context: HandlerContext<Op, Defaulted, Authenticated>) => Promise<OperationResult<Op>>;
