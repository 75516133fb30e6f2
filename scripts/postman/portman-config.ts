/**
 * The Portman configuration, written from the spec so that it never lags behind it: per
 * operation, a contract test of the exact status the flow expects, the content type, a JSON
 * body, the full JSON schema of that response (inlined), and a presence test for every
 * response header the spec documents for it (the specs mark none `required`, so Portman's own
 * `headersPresent` would test nothing). The app token is the environment's `{{app_token}}`.
 */
import { POSTMAN_PLATFORM } from './source.ts';
import type { SpecOperation } from './spec-operations.ts';

/** Headers documented for the web platform only (its tokens and CSRF token travel in cookies). */
const WEB_ONLY_HEADERS = new Set(['set-cookie']);

function expectedHeaders(operation: SpecOperation): string[] {
  if (POSTMAN_PLATFORM === 'web') return operation.headers;
  return operation.headers.filter((header) => !WEB_ONLY_HEADERS.has(header.toLowerCase()));
}

export function portmanConfig(operations: readonly SpecOperation[]): Record<string, unknown> {
  const contractTests = operations.map((operation) => ({
    openApiOperationId: operation.operationId,
    openApiResponse: String(operation.status),
    statusCode: { enabled: true, code: operation.status },
    contentType: { enabled: true },
    jsonBody: { enabled: true },
    schemaValidation: { enabled: true },
  }));
  const contentTests = operations
    .filter((operation) => expectedHeaders(operation).length > 0)
    .map((operation) => ({
      openApiOperationId: operation.operationId,
      responseHeaderTests: expectedHeaders(operation).map((key) => ({ key })),
    }));
  return {
    version: 1.0,
    tests: { contractTests, contentTests, extendTests: [], variationTests: [] },
    assignVariables: [],
    overwrites: [],
    globals: {
      stripResponseExamples: true,
      securityOverwrites: { apiKey: { value: '{{app_token}}' } },
    },
  };
}

/** openapi-to-postman's options: one folder per tag, examples for values, optional parameters left out. */
export const postmanConverterConfig = {
  folderStrategy: 'Tags',
  parametersResolution: 'Example',
  requestParametersResolution: 'Example',
  exampleParametersResolution: 'Example',
  keepImplicitHeaders: true,
  enableOptionalParameters: false,
};
