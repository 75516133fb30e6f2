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
    security: [['appToken']],
    statuses: [200, 204, 401, 422, 500],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
  },
  {
    operationId: 'createProduct',
    method: 'post',
    path: '/api/{platform}/v1/product',
    expressPath: '/api/:platform/v1/product',
    security: [['appToken']],
    statuses: [201, 400, 401, 413, 415, 422, 500],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
  },
  {
    operationId: 'readProduct',
    method: 'get',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
    security: [['appToken']],
    statuses: [200, 401, 404, 422, 500],
    requestMediaTypes: [],
    queryDefaults: [],
  },
  {
    operationId: 'replaceProduct',
    method: 'put',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
    security: [['appToken']],
    statuses: [200, 400, 401, 404, 413, 415, 422, 500],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
  },
  {
    operationId: 'deleteProduct',
    method: 'delete',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
    security: [['appToken']],
    statuses: [200, 401, 404, 422, 500],
    requestMediaTypes: [],
    queryDefaults: [],
  },
  {
    operationId: 'updateProduct',
    method: 'patch',
    path: '/api/{platform}/v1/product/{id}',
    expressPath: '/api/:platform/v1/product/:id',
    security: [['appToken']],
    statuses: [200, 400, 401, 404, 413, 415, 422, 500],
    requestMediaTypes: ['application/json'],
    queryDefaults: [],
  },
  {
    operationId: 'listCountry',
    method: 'get',
    path: '/api/{platform}/v1/country',
    expressPath: '/api/:platform/v1/country',
    security: [['appToken']],
    statuses: [200, 204, 401, 422, 500],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
  },
  {
    operationId: 'listCountryCity',
    method: 'get',
    path: '/api/{platform}/v1/country/{id}/city',
    expressPath: '/api/:platform/v1/country/:id/city',
    security: [['appToken']],
    statuses: [200, 204, 401, 404, 422, 500],
    requestMediaTypes: [],
    queryDefaults: ['page', 'per_page'],
  },
  {
    operationId: 'readCity',
    method: 'get',
    path: '/api/{platform}/v1/city/{id}',
    expressPath: '/api/:platform/v1/city/:id',
    security: [['appToken']],
    statuses: [200, 401, 404, 422, 500],
    requestMediaTypes: [],
    queryDefaults: [],
  },
  {
    operationId: 'readDiscovery',
    method: 'get',
    path: '/api/{platform}/v1/discovery',
    expressPath: '/api/:platform/v1/discovery',
    security: [['appToken']],
    statuses: [200, 401, 422, 500],
    requestMediaTypes: [],
    queryDefaults: [],
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
  listCountry: 'page' | 'per_page';
  listCountryCity: 'page' | 'per_page';
  readCity: never;
  readDiscovery: never;
}

/** The handler table of the core service: one typed handler per operationId, none missing. */
export type CoreHandlers = {
  [K in CoreOperationId]: OperationHandler<operations[K], CoreQueryDefaults[K]>;
};
