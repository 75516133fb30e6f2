/** Types of schema-check.cjs: the contract tests' full-schema check of a real response. */

export interface RealResponse {
  /** HTTP method of the operation (any case). */
  method: string;
  /** The path template as documented, e.g. `/api/{platform}/v1/product/{id}`. */
  path: string;
  /** The status the test meant to get; a different real status is a problem. */
  expectedStatus?: number;
  status: number;
  headers?: Record<string, string | undefined>;
  body?: string;
}

export interface DocumentedResponse {
  /** JSON Pointer of the response object in the bundle, after following `$ref`s. */
  pointer: string;
  response: {
    content?: Record<string, { schema?: unknown; example?: unknown; examples?: Record<string, unknown> }>;
    headers?: Record<string, { required?: boolean; schema?: unknown }>;
  };
}

export interface SchemaCheck {
  /** Every way the response breaks the contract, one line each naming the field; [] if none. */
  check(this: void, response: RealResponse): string[];
  responseFor(
    this: void,
    method: string,
    path: string,
    status: number | string,
  ): DocumentedResponse | undefined;
}

export function createSchemaCheck(document: object): SchemaCheck;
export function mediaTypeOf(contentType: string | undefined): string;
