/** Types of ledger.cjs: what run-dredd.ts and the Dredd hooks share in one process. */

/** The real response, as a case's `check` sees it (header names in lower case, body parsed when JSON). */
export interface ContractResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A request for one operation and status that the generic recipes cannot make. */
export interface ContractCase {
  /** Printed with the transaction, e.g. "a product that has orders". */
  describe: string;
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  /** Request headers to set (e.g. a fresh `Idempotency-Key`), replacing the example's. */
  headers?: Record<string, string>;
  /** A JSON body (sent as application/json). */
  body?: unknown;
  /** A form-encoded body (sent as application/x-www-form-urlencoded), instead of `body`. */
  form?: Record<string, string>;
  /** Whose access token (a role of `accessTokens`) the request carries; null: none. */
  role?: string | null;
  /** Runs just before the request (a Dredd before hook), e.g. a first request that this one repeats. */
  before?: () => Promise<void>;
  /** Problems with the real response beyond its schema (any status; empty: none). */
  check?: (response: ContractResponse) => string[] | Promise<string[]>;
}

/** The data a service's plan prepared, keyed by operationId (and status for cases and skips). */
export interface PreparedData {
  /** Path parameters of each operation's success case (2xx, and the 204 of a list). */
  pathParams: Record<string, Record<string, string | number>>;
  /**
   * Access tokens by platform, then role, for operations whose security has an oauth2 scheme:
   * a request carries a role its scopes allow (the first role listed for a scope-less one), a 403
   * one they do not.
   */
  accessTokens?: Record<string, Record<string, string>>;
  /** The platform where the CSRF scheme applies; each operation with it gets a 401.6 transaction there. */
  csrfPlatform?: string;
  /**
   * `${operationId} ${status}` (or `${operationId} ${status} ${request media type}`, which wins)
   * → a request made by hand instead of the generic recipe.
   */
  cases?: Record<string, ContractCase>;
  /** `${operationId} ${status}` → why this status is not tested here (printed). */
  skips?: Record<string, string>;
}

export interface ContractContext {
  service: string;
  bundlePath: string;
  /** The platform of the URLs Dredd builds from the examples. */
  platform: string;
  appTokens: Record<string, string>;
  plan: PreparedData;
}

export type Outcome = 'pending' | 'passed' | 'failed' | 'skipped';

export interface TransactionRecord {
  name: string;
  operationId: string;
  status: number;
  /** The request actually sent and why, e.g. "GET /api/android/v1/product/abc (id 'abc', not an integer)". */
  request: string;
  /** The status and the start of the body the server answered, e.g. `400 {"message":"..."}`. */
  response?: string;
  outcome: Outcome;
  /** Skip reason, or every problem that failed it. */
  reasons: string[];
  /** Location of a resource that a 201 created. */
  created?: string;
}

export interface LedgerSnapshot {
  hooksLoaded: boolean;
  records: TransactionRecord[];
  /** Failures outside any transaction. */
  notes: string[];
}

export function begin(context: ContractContext): void;
export function context(): ContractContext;
export function markHooksLoaded(): void;
export function recordOf(name: string): TransactionRecord;
export function note(message: string): void;
export function snapshot(): LedgerSnapshot;
