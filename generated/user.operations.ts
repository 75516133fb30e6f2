// GENERATED FILE, DO NOT EDIT. Source: spec/user.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).

import type { operations } from './user.ts';
import type { OperationHandler, OperationSpec } from '../src/runtime/handler-types.ts';

/** Every operation of the user service, as the runtime routes and checks it. */
export const userOperations = [
  {
    operationId: 'readUser',
    method: 'get',
    path: '/api/{platform}/v1/user/{id}',
    expressPath: '/api/:platform/v1/user/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'updateUser',
    method: 'patch',
    path: '/api/{platform}/v1/user/{id}',
    expressPath: '/api/:platform/v1/user/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'listUserAddress',
    method: 'get',
    path: '/api/{platform}/v1/user/{id}/address',
    expressPath: '/api/:platform/v1/user/:id/address',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'createUserAddress',
    method: 'post',
    path: '/api/{platform}/v1/user/{id}/address',
    expressPath: '/api/:platform/v1/user/:id/address',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [201, 400, 401, 403, 404, 405, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'readAddress',
    method: 'get',
    path: '/api/{platform}/v1/address/{id}',
    expressPath: '/api/:platform/v1/address/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'deleteAddress',
    method: 'delete',
    path: '/api/{platform}/v1/address/{id}',
    expressPath: '/api/:platform/v1/address/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
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
    operationId: 'updateAddress',
    method: 'patch',
    path: '/api/{platform}/v1/address/{id}',
    expressPath: '/api/:platform/v1/address/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'listOrder',
    method: 'get',
    path: '/api/{platform}/v1/order',
    expressPath: '/api/:platform/v1/order',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'createOrder',
    method: 'post',
    path: '/api/{platform}/v1/order',
    expressPath: '/api/:platform/v1/order',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [201, 400, 401, 403, 404, 405, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'readOrder',
    method: 'get',
    path: '/api/{platform}/v1/order/{id}',
    expressPath: '/api/:platform/v1/order/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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
    operationId: 'updateOrder',
    method: 'patch',
    path: '/api/{platform}/v1/order/{id}',
    expressPath: '/api/:platform/v1/order/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: ['user'],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: ['user'],
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

export type UserOperationId = (typeof userOperations)[number]['operationId'];

/** Query parameters that the spec gives a default, so they always reach the handler. */
export interface UserQueryDefaults {
  readUser: never;
  updateUser: never;
  listUserAddress: 'page' | 'per_page';
  createUserAddress: never;
  readAddress: never;
  deleteAddress: never;
  updateAddress: never;
  listOrder: 'page' | 'per_page';
  createOrder: never;
  readOrder: never;
  updateOrder: never;
}

/** Whether the operation always runs with an authenticated principal (its spec requires an access token). */
export interface UserAuthenticated {
  readUser: true;
  updateUser: true;
  listUserAddress: true;
  createUserAddress: true;
  readAddress: true;
  deleteAddress: true;
  updateAddress: true;
  listOrder: true;
  createOrder: true;
  readOrder: true;
  updateOrder: true;
}

/** The handler table of the user service: one typed handler per operationId, none missing. */
export type UserHandlers = {
  [K in UserOperationId]: OperationHandler<operations[K], UserQueryDefaults[K], UserAuthenticated[K]>;
};
