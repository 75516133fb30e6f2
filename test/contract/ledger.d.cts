/** Types of ledger.cjs: what run-dredd.ts and the Dredd hooks share in one process. */

/** A request for one operation and status that the generic recipes cannot make. */
export interface ContractCase {
  /** Printed with the transaction, e.g. "a product that has orders". */
  describe: string;
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: unknown;
}

/** The data a service's plan prepared, keyed by operationId (and status for cases and skips). */
export interface PreparedData {
  /** Path parameters of each operation's success case (2xx, and the 204 of a list). */
  pathParams: Record<string, Record<string, string | number>>;
  /** `${operationId} ${status}` → a request made by hand instead of the generic recipe. */
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
