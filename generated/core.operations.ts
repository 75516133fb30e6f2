// GENERATED FILE, DO NOT EDIT. Source: spec/core.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).

import type { operations } from './core.ts';
import type { OperationHandler, OperationSpec } from '../src/runtime/handler-types.ts';

/** Every operation of the core service, as the runtime routes and checks it. */
export const coreOperations = [
  {
    operationId: 'listProduct',
    method: 'get',
    path: '/api/{platform}/v1/product',
    expressPath: '/api/:platform/v1/product',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 204, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: {
      since: '2026-11-21',
      sunset: '2027-06-30',
      successorPath: '/api/{platform}/v2/product',
    },
  },
  {
    operationId: 'createProduct',
    method: 'post',
    path: '/api/{platform}/v1/product',
    expressPath: '/api/:platform/v1/product',
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
    deprecation: {
      since: '2026-11-21',
      sunset: '2027-06-30',
      successorPath: '/api/{platform}/v2/product',
    },
  },
  {
    operationId: 'readProduct',
    method: 'get',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: {
      since: '2026-11-21',
      sunset: '2027-06-30',
      successorPath: '/api/{platform}/v2/product/{id}',
    },
  },
  {
    operationId: 'replaceProduct',
    method: 'put',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
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
    deprecation: {
      since: '2026-11-21',
      sunset: '2027-06-30',
      successorPath: '/api/{platform}/v2/product/{id}',
    },
  },
  {
    operationId: 'deleteProduct',
    method: 'delete',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
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
    deprecation: {
      since: '2026-11-21',
      sunset: '2027-06-30',
      successorPath: '/api/{platform}/v2/product/{id}',
    },
  },
  {
    operationId: 'updateProduct',
    method: 'patch',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
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
    deprecation: {
      since: '2026-11-21',
      sunset: '2027-06-30',
      successorPath: '/api/{platform}/v2/product/{id}',
    },
  },
  {
    operationId: 'listProductV2',
    method: 'get',
    path: '/api/{platform}/v2/product',
    expressPath: '/api/:platform/v2/product',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 204, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: null,
  },
  {
    operationId: 'createProductV2',
    method: 'post',
    path: '/api/{platform}/v2/product',
    expressPath: '/api/:platform/v2/product',
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
    operationId: 'readProductV2',
    method: 'get',
    path: '/api/{platform}/v2/product/{id}',
    expressPath: '/api/:platform/v2/product/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'replaceProductV2',
    method: 'put',
    path: '/api/{platform}/v2/product/{id}',
    expressPath: '/api/:platform/v2/product/:id',
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
    operationId: 'deleteProductV2',
    method: 'delete',
    path: '/api/{platform}/v2/product/{id}',
    expressPath: '/api/:platform/v2/product/:id',
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
    operationId: 'updateProductV2',
    method: 'patch',
    path: '/api/{platform}/v2/product/{id}',
    expressPath: '/api/:platform/v2/product/:id',
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
    operationId: 'listCountry',
    method: 'get',
    path: '/api/{platform}/v1/country',
    expressPath: '/api/:platform/v1/country',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 204, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: null,
  },
  {
    operationId: 'listCountryCity',
    method: 'get',
    path: '/api/{platform}/v1/country/{id}/city',
    expressPath: '/api/:platform/v1/country/:id/city',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 204, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
    deprecation: null,
  },
  {
    operationId: 'readCity',
    method: 'get',
    path: '/api/{platform}/v1/city/{id}',
    expressPath: '/api/:platform/v1/city/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'createAccount',
    method: 'post',
    path: '/api/{platform}/v1/account',
    expressPath: '/api/:platform/v1/account',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [201, 400, 401, 404, 405, 409, 413, 415, 422, 429, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'readAccount',
    method: 'get',
    path: '/api/{platform}/v1/account/{id}',
    expressPath: '/api/:platform/v1/account/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
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
    operationId: 'deleteAccount',
    method: 'delete',
    path: '/api/{platform}/v1/account/{id}',
    expressPath: '/api/:platform/v1/account/:id',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: [],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: true,
    statuses: [200, 401, 403, 404, 405, 409, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'replaceAccountPassword',
    method: 'put',
    path: '/api/{platform}/v1/account/{id}/password',
    expressPath: '/api/:platform/v1/account/:id/password',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
        {
          scheme: 'oauth',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'accessTokenCookie',
          scopes: [],
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
    operationId: 'createPasswordReset',
    method: 'post',
    path: '/api/{platform}/v1/password-reset',
    expressPath: '/api/:platform/v1/password-reset',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [201, 400, 401, 404, 405, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'createOtp',
    method: 'post',
    path: '/api/{platform}/v1/otp',
    expressPath: '/api/:platform/v1/otp',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [201, 400, 401, 404, 405, 413, 415, 422, 429, 500, 503],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'createOauthToken',
    method: 'post',
    path: '/api/{platform}/v1/oauth/token',
    expressPath: '/api/:platform/v1/oauth/token',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 400, 401, 404, 405, 413, 415, 422, 429, 500, 503],
    requestMediaTypes: ['application/x-www-form-urlencoded', 'application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'createOauthRevocation',
    method: 'post',
    path: '/api/{platform}/v1/oauth/revocation',
    expressPath: '/api/:platform/v1/oauth/revocation',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
        {
          scheme: 'csrfToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 400, 401, 404, 405, 413, 415, 422, 500, 503],
    requestMediaTypes: ['application/x-www-form-urlencoded', 'application/json'],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'readCsrfToken',
    method: 'get',
    path: '/api/{platform}/v1/csrf-token',
    expressPath: '/api/:platform/v1/csrf-token',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
  {
    operationId: 'readDiscovery',
    method: 'get',
    path: '/api/{platform}/v1/discovery',
    expressPath: '/api/:platform/v1/discovery',
    security: [
      [
        {
          scheme: 'appToken',
          scopes: [],
        },
      ],
      [
        {
          scheme: 'webAppToken',
          scopes: [],
        },
      ],
    ],
    authenticated: false,
    statuses: [200, 401, 404, 405, 422, 500, 503],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  },
] as const satisfies readonly OperationSpec[];

export type CoreOperationId = (typeof coreOperations)[number]['operationId'];

/** Query parameters that the spec gives a default, so they always reach the handler. */
export interface CoreQueryDefaults {
  listProduct: 'page' | 'per_page';
  createProduct: never;
  readProduct: never;
  replaceProduct: never;
  deleteProduct: never;
  updateProduct: never;
  listProductV2: 'page' | 'per_page';
  createProductV2: never;
  readProductV2: never;
  replaceProductV2: never;
  deleteProductV2: never;
  updateProductV2: never;
  listCountry: 'page' | 'per_page';
  listCountryCity: 'page' | 'per_page';
  readCity: never;
  createAccount: never;
  readAccount: never;
  deleteAccount: never;
  replaceAccountPassword: never;
  createPasswordReset: never;
  createOtp: never;
  createOauthToken: never;
  createOauthRevocation: never;
  readCsrfToken: never;
  readDiscovery: never;
}

/** Whether the operation always runs with an authenticated principal (its spec requires an access token). */
export interface CoreAuthenticated {
  listProduct: false;
  createProduct: true;
  readProduct: false;
  replaceProduct: true;
  deleteProduct: true;
  updateProduct: true;
  listProductV2: false;
  createProductV2: true;
  readProductV2: false;
  replaceProductV2: true;
  deleteProductV2: true;
  updateProductV2: true;
  listCountry: false;
  listCountryCity: false;
  readCity: false;
  createAccount: false;
  readAccount: true;
  deleteAccount: true;
  replaceAccountPassword: true;
  createPasswordReset: false;
  createOtp: false;
  createOauthToken: false;
  createOauthRevocation: false;
  readCsrfToken: false;
  readDiscovery: false;
}

/** The handler table of the core service: one typed handler per operationId, none missing. */
export type CoreHandlers = {
  [K in CoreOperationId]: OperationHandler<operations[K], CoreQueryDefaults[K], CoreAuthenticated[K]>;
};
