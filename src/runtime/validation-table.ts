/**
 * What request and response validation of one operation needs, generated ahead of time
 * (`generated/<service>.validators.ts`, written by scripts/generate/validators.ts): ajv
 * standalone validators of openapi-backend's schemas, and the facts of the operation's
 * parameters and responses. Start-up compiles nothing.
 */
import type { ErrorObject } from 'ajv';

/** An ajv validator compiled to code: `errors` holds the failures of its last call. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface OperationValidation {
  /** Request validators: the body's (when the spec has one), then the parameters'. */
  request: readonly CompiledValidator[];
  /** Response validators by status, for every status whose spec has a JSON body. */
  responses: Readonly<Record<string, CompiledValidator>>;
  /** Declared header parameters, by their spec names. */
  headerParameters: readonly string[];
  cookieParameters: readonly string[];
  /** Query parameters the spec declares as arrays: a single value becomes a one-item array. */
  arrayQueryParameters: readonly string[];
  /** Its spec documents 400 as RFC 6749's `{error, error_description}` (the OAuth exception). */
  oauthErrors: boolean;
  /** Integer path and query parameters, as the spec declares them (their values must be plain digits). */
  integerParameters: readonly IntegerParameterSpec[];
  /** An OAuth 2 token request's grants, each with the parameters it requires; else null. */
  grants: Readonly<Record<string, readonly string[]>> | null;
}

export interface IntegerParameterSpec {
  name: string;
  in: 'path' | 'query';
  schema: { type?: string; minimum?: number; items?: { type?: string } };
}

/** The platforms each security scheme applies on (its `x-platforms`); a scheme not listed: every platform. */
export type SchemePlatforms = Readonly<Record<string, readonly string[]>>;

/** Every operation of one service, by operationId. */
export type ServiceValidation = Readonly<Record<string, OperationValidation>>;
