// GENERATED FILE, DO NOT EDIT. Source: spec/report.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).

import type { operations } from './report.ts';
import type { OperationHandler, OperationSpec } from '../src/runtime/handler-types.ts';

/** Every operation of the report service, as the runtime routes and checks it. */
export const reportOperations = [
  {
    operationId: 'listOrderReport',
    method: 'get',
    path: '/api/{platform}/v1/order-report',
    expressPath: '/api/:platform/v1/order-report',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['admin'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['admin'],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 204, 401, 403, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: null,
  },
] as const satisfies readonly OperationSpec[];

export type ReportOperationId = (typeof reportOperations)[number]['operationId'];

/** Query parameters that the spec gives a default, so they always reach the handler. */
export interface ReportQueryDefaults {
  listOrderReport: 'page' | 'per_page';
}

/** Whether the operation always runs with an authenticated principal (its spec requires an access token). */
export interface ReportAuthenticated {
  listOrderReport: true;
}

/** The handler table of the report service: one typed handler per operationId, none missing. */
export type ReportHandlers = {
  [K in ReportOperationId]: OperationHandler<operations[K], ReportQueryDefaults[K], ReportAuthenticated[K]>;
};
