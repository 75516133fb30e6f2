/** Types of recipes.cjs: the request that produces each documented status. */
import type { ContractContext, ContractResponse } from './ledger.cjs';

export interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; maximum?: number };
}

/** An operation of the bundle as hooks.cjs indexes it (`$ref`s resolved). */
export interface IndexedOperation {
  operationId: string;
  method: string;
  path: string;
  /** Every method the operation's path serves (lower case), for the 405's `Allow`. */
  pathMethods: string[];
  parameters: Parameter[];
  /** The JSON request body's schema. */
  requestSchema?: { properties?: Record<string, { type?: string }> };
  /** Every media type the request body may be sent in. */
  requestMediaTypes?: string[];
  /** Scopes of the access-token (oauth2) scheme in the operation's security; undefined without one. */
  accessTokenScopes?: string[];
  /** Header of the CSRF scheme (an apiKey header named like csrf) in the operation's security. */
  csrfHeader?: string;
  statuses: string[];
}

/** The editable view of Dredd's request. */
export interface EditableRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
}

export type AuthVariant =
  'wrong-app-token' | 'no-access-token' | 'invalid-access-token' | 'expired-access-token' | 'no-csrf-token';

/** The extra transactions of a status: the 401 causes, and the 404 of an unknown platform. */
export type Variant = AuthVariant | 'unknown-platform';

export type Recipe =
  | { skip: string }
  | { fail: string }
  | {
      describe: string;
      change(this: void, request: EditableRequest): void;
      expect?: (this: void, body: unknown, headers: Record<string, string>) => string[];
      /** Runs just before the request is sent. */
      before?: (this: void) => Promise<void>;
      /** Problems with the response beyond its schema. */
      check?: (this: void, response: ContractResponse) => string[] | Promise<string[]>;
      /** Whose access token the request carries (null: none); the operation's scope by default. */
      role?: string | null;
      /** The platform of the URL, when not the context's. */
      platform?: string;
    };

type RecipeContext = Pick<ContractContext, 'service' | 'platform' | 'appTokens' | 'plan'>;

export function recipeFor(input: {
  operation: IndexedOperation;
  status: number;
  variant?: Variant;
  /** Media type of the transaction's request body. */
  mediaType?: string;
  context: RecipeContext;
}): Recipe;
export function authVariants(
  operation: IndexedOperation,
  context: RecipeContext,
): { name: AuthVariant; code: number; label: string }[];
export function variantsOf(
  status: string,
  operation: IndexedOperation,
  context: RecipeContext,
): { name: Variant; code?: number; label: string }[];
export function setHeader(headers: Record<string, string>, name: string, value: string | undefined): void;
export const FORM: string;
export const MISSING_ID: number;
export const SERVER_ERROR_REASON: string;
export const DEPENDENCY_DOWN_REASON: string;
export const GARBAGE_ACCESS_TOKEN: string;
export const EXPIRED_ACCESS_TOKEN: string;
