// GENERATED FILE, DO NOT EDIT. Source: spec/driver.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).

import type { operations } from './driver.ts';
import type { OperationHandler, OperationSpec } from '../src/runtime/handler-types.ts';

/** Every operation of the driver service, as the runtime routes and checks it. */
export const driverOperations = [
  {
    operationId: 'readDriver',
    method: 'get',
    path: '/api/{platform}/v1/driver/{id}',
    expressPath: '/api/:platform/v1/driver/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 401, 403, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'updateDriver',
    method: 'patch',
    path: '/api/{platform}/v1/driver/{id}',
    expressPath: '/api/:platform/v1/driver/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 400, 401, 403, 404, 405, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'replaceDriverLocation',
    method: 'put',
    path: '/api/{platform}/v1/driver/{id}/location',
    expressPath: '/api/:platform/v1/driver/:id/location',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 400, 401, 403, 404, 405, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'listDeliveryOffer',
    method: 'get',
    path: '/api/{platform}/v1/delivery-offer',
    expressPath: '/api/:platform/v1/delivery-offer',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 204, 401, 403, 404, 405, 409, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: null,
  },
  {
    operationId: 'listDelivery',
    method: 'get',
    path: '/api/{platform}/v1/delivery',
    expressPath: '/api/:platform/v1/delivery',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 204, 401, 403, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: null,
  },
  {
    operationId: 'createDelivery',
    method: 'post',
    path: '/api/{platform}/v1/delivery',
    expressPath: '/api/:platform/v1/delivery',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [201, 400, 401, 403, 404, 405, 409, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'readDelivery',
    method: 'get',
    path: '/api/{platform}/v1/delivery/{id}',
    expressPath: '/api/:platform/v1/delivery/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 401, 403, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'updateDelivery',
    method: 'patch',
    path: '/api/{platform}/v1/delivery/{id}',
    expressPath: '/api/:platform/v1/delivery/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['driver'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['driver'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 400, 401, 403, 404, 405, 409, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
] as const satisfies readonly OperationSpec[];

export type DriverOperationId = (typeof driverOperations)[number]['operationId'];

/** Query parameters that the spec gives a default, so they always reach the handler. */
export interface DriverQueryDefaults {
  readDriver: never;
  updateDriver: never;
  replaceDriverLocation: never;
  listDeliveryOffer: 'page' | 'per_page';
  listDelivery: 'page' | 'per_page';
  createDelivery: never;
  readDelivery: never;
  updateDelivery: never;
}

/** Whether the operation always runs with an authenticated principal (its spec requires an access token). */
export interface DriverAuthenticated {
  readDriver: true;
  updateDriver: true;
  replaceDriverLocation: true;
  listDeliveryOffer: true;
  listDelivery: true;
  createDelivery: true;
  readDelivery: true;
  updateDelivery: true;
}

/** The handler table of the driver service: one typed handler per operationId, none missing. */
export type DriverHandlers = {
  [K in DriverOperationId]: OperationHandler<operations[K], DriverQueryDefaults[K], DriverAuthenticated[K]>;
};
