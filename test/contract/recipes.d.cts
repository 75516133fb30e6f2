/** Types of recipes.cjs: the request that produces each documented status. */
import type { ContractContext } from './ledger.cjs';

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
  parameters: Parameter[];
  requestSchema?: { properties?: Record<string, { type?: string }> };
  statuses: string[];
}

/** The editable view of Dredd's request. */
export interface EditableRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
}

export type Recipe =
  | { skip: string }
  | { fail: string }
  | {
      describe: string;
      change(this: void, request: EditableRequest): void;
      expect?: (this: void, body: unknown) => string[];
    };

export function recipeFor(input: {
  operation: IndexedOperation;
  status: number;
  variant?: 'wrong-token';
  context: Pick<ContractContext, 'service' | 'platform' | 'appTokens' | 'plan'>;
}): Recipe;
export function setHeader(headers: Record<string, string>, name: string, value: string | undefined): void;
export const MISSING_ID: number;
export const SERVER_ERROR_REASON: string;
