/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- these tests mutate parsed, untyped YAML documents in place */
/** SG-01..SG-06: versioned per-platform kebab-case singular URLs, children by id, the method pattern. */
import { describe, expect, it } from 'vitest';
import { at, expectBreak, golden, lintObject, P, renamePath, type BreakCase } from './helpers/lint.ts';

const cases: BreakCase[] = [
  {
    name: 'a path has no version segment',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/city/{id}'),
    want: [{ code: 'sg01-versioned-url', path: at('paths', '/api/{platform}/city/{id}') }],
  },
  {
    name: 'a version is not a major version',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/v1.1/city/{id}'),
    want: [{ code: 'sg01-versioned-url', path: at('paths', '/api/{platform}/v1.1/city/{id}') }],
  },
  {
    name: 'a path has no platform prefix',
    mutate: (d) => {
      renamePath(d, P.city, '/api/mobile/v1/city/{id}');
      d.paths['/api/mobile/v1/city/{id}'].parameters.splice(0, 1);
    },
    want: [{ code: 'sg02-platform-prefix', path: at('paths', '/api/mobile/v1/city/{id}') }],
  },
  {
    name: 'the platform enum names an unknown platform',
    mutate: (d) => d.components.parameters.Platform.schema.enum.push('windows'),
    want: [
      {
        code: 'sg02-platform-parameter',
        path: at('components', 'parameters', 'Platform', 'schema', 'enum', 3),
      },
    ],
  },
  {
    name: 'the platform parameter has no enum',
    mutate: (d) => delete d.components.parameters.Platform.schema.enum,
    want: [{ code: 'sg02-platform-parameter', path: at('components', 'parameters', 'Platform', 'schema') }],
  },
  {
    name: 'a literal segment is not kebab-case',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/v1/City/{id}'),
    want: [{ code: 'sg03-kebab-case', path: at('paths', '/api/{platform}/v1/City/{id}') }],
  },
  {
    name: 'a resource name is plural',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/v1/cities/{id}'),
    want: [{ code: 'sg04-singular-resource', path: at('paths', '/api/{platform}/v1/cities/{id}') }],
  },
  {
    name: 'the last word of a kebab-case segment is plural',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/v1/big-cities/{id}'),
    want: [{ code: 'sg04-singular-resource', path: at('paths', '/api/{platform}/v1/big-cities/{id}') }],
  },
  {
    name: 'a child is reached without its parent id',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/v1/country/city/{id}'),
    want: [{ code: 'sg05-child-by-id', path: at('paths', '/api/{platform}/v1/country/city/{id}') }],
  },
  {
    name: 'a path starts with an id',
    mutate: (d) => renamePath(d, P.city, '/api/{platform}/v1/{id}'),
    want: [{ code: 'sg05-child-by-id', path: at('paths', '/api/{platform}/v1/{id}') }],
  },
  {
    name: 'an operationId starts with a known verb that does not fit its method',
    mutate: (d) => (d.paths[P.city].get.operationId = 'deleteCity'),
    want: [{ code: 'sg06-operation-id', path: at('paths', P.city, 'get', 'operationId') }],
  },
  {
    name: 'an operationId is not camelCase',
    mutate: (d) => (d.paths[P.city].get.operationId = 'read_city'),
    want: [{ code: 'sg06-operation-id', path: at('paths', P.city, 'get', 'operationId') }],
  },
  {
    name: 'a collection path deletes',
    mutate: (d) => {
      d.components.schemas.ProductPurgeResponse = structuredClone(d.components.schemas.ProductDeleteResponse);
      const op = structuredClone(d.paths[P.productItem].delete);
      op.operationId = 'deleteProductAll';
      op.responses['200'].content['application/json'].schema.$ref =
        '#/components/schemas/ProductPurgeResponse';
      d.paths[P.product].delete = op;
    },
    want: [{ code: 'sg06-method-pattern', path: at('paths', P.product, 'delete') }],
  },
  {
    name: 'a GET named read answers a data array',
    mutate: (d) => (d.paths[P.product].get.operationId = 'readProductPage'),
    want: [{ code: 'sg06-method-pattern', path: at('paths', P.product, 'get') }],
  },
  {
    name: 'a collection that creates is read as a singleton instead of listed',
    mutate: (d) => {
      delete d.components.schemas.ProductListResponse;
      d.components.schemas.ProductSummaryReadResponse = {
        type: 'object',
        required: ['data', 'message'],
        properties: {
          data: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } },
          message: { type: 'string' },
        },
      };
      const op = d.paths[P.product].get;
      op.operationId = 'readProductSummary';
      delete op.parameters;
      delete op.responses['204'];
      op.responses['200'].content['application/json'] = {
        schema: { $ref: '#/components/schemas/ProductSummaryReadResponse' },
        example: { data: { count: 3 }, message: 'get data product summary success' },
      };
    },
    want: [{ code: 'sg06-method-pattern', path: at('paths', P.product, 'get') }],
  },
  {
    name: 'an item path lists',
    mutate: (d) => (d.paths[P.city].get.operationId = 'listCity'),
    want: [
      { code: 'sg06-method-pattern', path: at('paths', P.city, 'get') },
      // a list must also be paged and enveloped as a list
      { code: 'sg17-paging-parameters', path: at('paths', P.city, 'get') },
    ],
    also: ['sg17-list-envelope', 'sg18-get-status'],
  },
];

describe('URL rules (SG-01..SG-06) find errors', () => {
  it.each(cases.map((c) => [c.name, c] as const))('when %s', async (_name, c) => {
    await expectBreak(c);
  });
});

describe('URL rules (SG-01..SG-06) find none', () => {
  it('when a literal platform and a v2 segment are used', async () => {
    const d = golden();
    renamePath(d, P.city, '/api/android/v2/city/{id}');
    d.paths['/api/android/v2/city/{id}'].parameters.splice(0, 1);
    expect(await lintObject(d)).toEqual([]);
  });

  it('when the platform enum lists a subset of the platforms', async () => {
    const d = golden();
    d.components.parameters.Platform.schema.enum = ['android', 'ios'];
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a path key is a vendor extension', async () => {
    const d = golden();
    d.paths['x-internal-note'] = { owner: 'core', Weird_Key: ['Cities'] };
    expect(await lintObject(d)).toEqual([]);
  });
});
