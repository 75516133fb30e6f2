/**
 * The Portman configuration, written from the spec so that it never lags behind it: per
 * operation, a contract test of the exact status the flow expects, the content type, a JSON
 * body, the full JSON schema of that response (inlined), and a presence test for every
 * response header the spec documents for it (the specs mark none `required`, so Portman's own
 * `headersPresent` would test nothing). A documented error that the flow provokes gets a
 * Portman variation with the same tests for its status. The app token is `{{app_token}}`.
 */
import { POSTMAN_PLATFORM } from './source.ts';
import type { SpecOperation } from './spec-operations.ts';

/** Headers documented for the web platform only (its tokens and CSRF token travel in cookies). */
const WEB_ONLY_HEADERS = new Set(['set-cookie']);

/** An error status of an operation that a flow step provokes. */
export interface ErrorCase {
  operationId: string;
  status: number;
}

/** The name Portman gives the variation of an error case: `<request name>[expect <status>]`. */
export const variationSuffix = (status: number): string => `[expect ${status}]`;

function expectedHeaders(operation: SpecOperation, status: number): string[] {
  const documented = operation.headers[status] ?? [];
  if (POSTMAN_PLATFORM === 'web') return documented;
  return documented.filter((header) => !WEB_ONLY_HEADERS.has(header.toLowerCase()));
}

const contractTestOf = (status: number) => ({
  statusCode: { enabled: true, code: status },
  contentType: { enabled: true },
  jsonBody: { enabled: true },
  schemaValidation: { enabled: true },
});

const headerTestsOf = (operation: SpecOperation, status: number) =>
  expectedHeaders(operation, status).map((key) => ({ key }));

export function portmanConfig(
  operations: readonly SpecOperation[],
  errorCases: readonly ErrorCase[],
): Record<string, unknown> {
  const contractTests = operations.map((operation) => ({
    openApiOperationId: operation.operationId,
    openApiResponse: String(operation.status),
    ...contractTestOf(operation.status),
  }));
  const contentTests = operations
    .filter((operation) => headerTestsOf(operation, operation.status).length > 0)
    .map((operation) => ({
      openApiOperationId: operation.operationId,
      responseHeaderTests: headerTestsOf(operation, operation.status),
    }));
  const variationTests = errorCases.map(({ operationId, status }) => {
    const operation = operations.find((candidate) => candidate.operationId === operationId);
    if (!operation?.headers[status]) throw new Error(`${operationId} does not document a ${status} answer`);
    return {
      openApiOperationId: operationId,
      openApiResponse: String(status),
      variations: [
        {
          name: `expect ${status}`,
          tests: {
            contractTests: [contractTestOf(status)],
            contentTests: [{ responseHeaderTests: headerTestsOf(operation, status) }],
          },
        },
      ],
    };
  });
  return {
    version: 1.0,
    tests: { contractTests, contentTests, extendTests: [], variationTests },
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
