/**
 * Types that bind hand-written handlers to the generated operation types: the request a
 * handler sees and the only results it may return (documented statuses and bodies).
 */
import type { Request, Response } from 'express';
import type { Logger } from 'pino';

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
  parameters: { query?: unknown; path?: unknown; header?: unknown };
  requestBody?: unknown;
  responses: object;
}

type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;

type PathParams<Op extends OperationShape> =
  NonNullable<Op['parameters']['path']> extends object
    ? NonNullable<Op['parameters']['path']>
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
    : undefined;

/** Who is calling: the account behind the access token. */
export interface Principal {
  readonly accountId: number;
  readonly role: 'user' | 'driver' | 'admin';
}

/** What a handler receives: validated, typed values only. */
export interface HandlerContext<
  Op extends OperationShape,
  Defaulted extends string = never,
  Authenticated extends boolean = false,
> {
  /** The caller; always present on operations whose spec requires an access token. */
  readonly principal: Authenticated extends true ? Principal : Principal | undefined;
  readonly path: PathParams<Op>;
  readonly query: QueryParams<Op, Defaulted>;
  readonly body: RequestBody<Op>;
  /** The raw request, for headers, cookies and the URL (to build paging links). */
  readonly request: Request;
  /** The raw response, for what a result cannot say: cookies. */
  readonly response: Response;
  readonly log: Logger;
}

/** A documented status with its documented body; anything else is a compile error. */
export type OperationResult<Op extends OperationShape> = {
  [Status in keyof Op['responses']]: Status extends number
    ? JsonContent<Op['responses'][Status]> extends undefined
      ? { status: Status; body?: undefined; headers?: Record<string, string> }
      : { status: Status; body: JsonContent<Op['responses'][Status]>; headers?: Record<string, string> }
    : never;
}[keyof Op['responses']];

export type OperationHandler<
  Op extends OperationShape,
  Defaulted extends string = never,
  Authenticated extends boolean = false,
> = (context: HandlerContext<Op, Defaulted, Authenticated>) => Promise<OperationResult<Op>>;
