/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- these tests mutate parsed, untyped YAML documents in place */
/** SG-12..SG-21: one schema per operation, honest types, no nulls, snake_case, paging and the envelopes. */
import { describe, expect, it } from 'vitest';
import { at, expectBreak, golden, lintObject, P, renameKey, type BreakCase } from './helpers/lint.ts';

const json = (...rest: (string | number)[]) => ['content', 'application/json', ...rest];
const S = (name: string, ...rest: (string | number)[]) => at('components', 'schemas', name, ...rest);

const cases: BreakCase[] = [
  {
    name: 'two operations answer with the same named schema',
    mutate: (d) => {
      d.paths[P.productItem].put.responses['200'].content['application/json'].schema.$ref =
        '#/components/schemas/ProductUpdateResponse';
      delete d.components.schemas.ProductReplaceResponse;
    },
    want: [
      {
        code: 'sg12-response-schema-per-operation',
        path: at('paths', P.productItem, 'patch', 'responses', '200', ...json('schema', '$ref')),
      },
    ],
  },
  {
    name: 'an operation answers with an inline schema',
    mutate: (d) => {
      d.paths[P.city].get.responses['200'].content['application/json'].schema = structuredClone(
        d.components.schemas.CityReadResponse,
      );
      delete d.components.schemas.CityReadResponse;
    },
    want: [
      {
        code: 'sg12-response-schema-per-operation',
        path: at('paths', P.city, 'get', 'responses', '200', ...json('schema')),
      },
    ],
  },
  {
    name: 'a price is typed string',
    mutate: (d) => (d.components.schemas.ProductWrite.properties.price = { type: 'string' }),
    want: [{ code: 'sg13-honest-types', path: S('ProductWrite', 'properties', 'price', 'type') }],
  },
  {
    name: 'a string claims a double format',
    mutate: (d) => (d.components.schemas.ProductWrite.properties.name = { type: 'string', format: 'double' }),
    want: [{ code: 'sg13-honest-types', path: S('ProductWrite', 'properties', 'name', 'type') }],
  },
  {
    name: 'a query parameter named like a coordinate is typed string',
    mutate: (d) =>
      d.paths[P.countryCity].get.parameters.push({ name: 'lat', in: 'query', schema: { type: 'string' } }),
    want: [
      {
        code: 'sg13-honest-types',
        path: at('paths', P.countryCity, 'get', 'parameters', 2, 'schema', 'type'),
      },
    ],
  },
  {
    name: 'an object declares no shape',
    mutate: (d) => (d.components.schemas.ProductWrite.properties.extra = { type: 'object' }),
    want: [{ code: 'sg13-object-shape', path: S('ProductWrite', 'properties', 'extra') }],
  },
  {
    name: 'an array-typed schema declares properties',
    mutate: (d) =>
      (d.components.schemas.ProductWrite.properties.tags = {
        type: 'array',
        items: { type: 'string' },
        properties: { first: { type: 'string' } },
      }),
    want: [{ code: 'sg13-object-shape', path: S('ProductWrite', 'properties', 'tags', 'type') }],
  },
  {
    name: 'a response has no example',
    mutate: (d) => delete d.paths[P.city].get.responses['200'].content['application/json'].example,
    want: [
      { code: 'sg13-response-example', path: at('paths', P.city, 'get', 'responses', '200', ...json()) },
    ],
  },
  {
    name: 'an example does not match its schema',
    mutate: (d) =>
      (d.paths[P.city].get.responses['200'].content['application/json'].example.data.lat = '-6.2'),
    want: [
      {
        code: 'oas3-valid-media-example',
        path: at('paths', P.city, 'get', 'responses', '200', ...json('example', 'data', 'lat')),
      },
    ],
  },
  {
    name: 'a property is nullable',
    mutate: (d) => (d.components.schemas.ProductPatch.properties.name.nullable = true),
    want: [{ code: 'sg14-no-nullable', path: S('ProductPatch', 'properties', 'name', 'nullable') }],
  },
  {
    name: 'a property name is camelCase',
    mutate: (d) => renameKey(d.components.schemas.ProductWrite.properties, 'image_url', 'imageUrl'),
    want: [{ code: 'sg16-snake-case-property', path: S('ProductWrite', 'properties', 'imageUrl') }],
  },
  {
    name: 'a deeply nested property name (array items of a property) is camelCase',
    mutate: (d) =>
      renameKey(
        d.components.schemas.DiscoveryReadResponse.properties.data.properties.endpoint.items.properties,
        'operation_id',
        'operationId',
      ),
    want: [
      {
        code: 'sg16-snake-case-property',
        path: S(
          'DiscoveryReadResponse',
          'properties',
          'data',
          'properties',
          'endpoint',
          'items',
          'properties',
          'operationId',
        ),
      },
    ],
    // the example still says operation_id, which the schema no longer allows
    also: ['oas3-valid-media-example'],
  },
  {
    name: 'a query parameter name is camelCase',
    mutate: (d) =>
      (d.paths[P.city].get.parameters = [
        { name: 'includeCountry', in: 'query', schema: { type: 'boolean' } },
      ]),
    want: [{ code: 'sg16-snake-case-parameter', path: at('paths', P.city, 'get', 'parameters', 0, 'name') }],
  },
  {
    name: 'an example key is camelCase where the schema allows extra keys',
    mutate: (d) => {
      delete d.components.schemas.DiscoveryReadResponse.properties.data.additionalProperties;
      d.paths[P.discovery].get.responses['200'].content['application/json'].example.data.extraInfo = 1;
    },
    want: [
      {
        code: 'sg16-snake-case-example',
        path: at('paths', P.discovery, 'get', 'responses', '200', ...json('example', 'data', 'extraInfo')),
      },
    ],
  },
  {
    name: 'a list does not declare per_page',
    mutate: (d) => d.paths[P.product].get.parameters.splice(1, 1),
    want: [{ code: 'sg17-paging-parameters', path: at('paths', P.product, 'get', 'parameters') }],
  },
  {
    name: 'page has no minimum',
    mutate: (d) => delete d.components.parameters.Page.schema.minimum,
    want: [{ code: 'sg17-paging-parameters', path: at('components', 'parameters', 'Page', 'schema') }],
  },
  {
    name: 'the list envelope does not require meta',
    mutate: (d) => (d.components.schemas.ProductListResponse.required = ['data']),
    want: [{ code: 'sg17-list-envelope', path: S('ProductListResponse') }],
  },
  {
    name: 'a meta field is not an integer',
    mutate: (d) => (d.components.schemas.PageMeta.properties.total_page = { type: 'number' }),
    want: [{ code: 'sg17-list-envelope', path: S('PageMeta', 'properties', 'total_page') }],
    // a page count is an integer by its name as well
    also: ['sg13-honest-types'],
  },
  {
    name: 'the list envelope has data as an object',
    mutate: (d) =>
      (d.components.schemas.ProductListResponse.properties.data = { $ref: '#/components/schemas/Product' }),
    want: [
      // data is no longer an array; Spectral maps the finding through data's $ref to the schema it names
      { code: 'sg17-list-envelope', path: S('Product') },
    ],
    also: ['oas3-valid-media-example'],
  },
  {
    name: 'a list does not declare 204 for an empty page',
    mutate: (d) => delete d.paths[P.product].get.responses['204'],
    want: [{ code: 'sg18-get-status', path: at('paths', P.product, 'get', 'responses') }],
  },
  {
    name: 'a 204 has a body',
    mutate: (d) =>
      (d.paths[P.productItem].get.responses['204'].content = {
        'application/json': { schema: { $ref: '#/components/schemas/ProductReadResponse' } },
      }),
    want: [
      { code: 'sg18-get-status', path: at('paths', P.productItem, 'get', 'responses', '204', 'content') },
    ],
    also: ['sg13-response-example'],
  },
  {
    name: 'a read envelope does not require message',
    mutate: (d) => (d.components.schemas.CityReadResponse.required = ['data']),
    want: [{ code: 'sg18-read-envelope', path: S('CityReadResponse') }],
  },
  {
    name: 'a read answers its data under another name',
    mutate: (d) => {
      renameKey(d.components.schemas.CityReadResponse.properties, 'data', 'result');
      d.components.schemas.CityReadResponse.required = ['result', 'message'];
      renameKey(d.paths[P.city].get.responses['200'].content['application/json'].example, 'data', 'result');
    },
    want: [
      { code: 'sg18-read-envelope', path: S('CityReadResponse') },
      // 'result' is a $ref, so Spectral reports the unexpected property at the schema it names
      { code: 'sg18-read-envelope', path: S('City') },
    ],
  },
  {
    name: 'a create answers 200',
    mutate: (d) => renameKey(d.paths[P.product].post.responses, '201', '200'),
    want: [
      { code: 'sg19-create-status', path: at('paths', P.product, 'post', 'responses') },
      { code: 'sg19-create-status', path: at('paths', P.product, 'post', 'responses', '200') },
    ],
  },
  {
    name: 'an update answers 202',
    mutate: (d) => renameKey(d.paths[P.productItem].patch.responses, '200', '202'),
    want: [{ code: 'sg20-update-status', path: at('paths', P.productItem, 'patch', 'responses') }],
  },
  {
    name: 'a delete answers 202',
    mutate: (d) => renameKey(d.paths[P.productItem].delete.responses, '200', '202'),
    want: [{ code: 'sg21-delete-status', path: at('paths', P.productItem, 'delete', 'responses') }],
  },
  {
    name: 'a create answers more than { message }',
    mutate: (d) => (d.components.schemas.ProductCreateResponse.properties.id = { type: 'integer' }),
    want: [{ code: 'sg21-message-envelope', path: S('ProductCreateResponse', 'properties', 'id') }],
  },
  {
    name: 'a delete message is not a string',
    mutate: (d) => {
      d.components.schemas.ProductDeleteResponse.properties.message = { type: 'integer' };
      d.paths[P.productItem].delete.responses['200'].content['application/json'].example.message = 7;
    },
    want: [{ code: 'sg21-message-envelope', path: S('ProductDeleteResponse', 'properties', 'message') }],
  },
];

describe('response rules (SG-12..SG-21) find errors', () => {
  it.each(cases.map((c) => [c.name, c] as const))('when %s', async (_name, c) => {
    await expectBreak(c);
  });
});

describe('response rules (SG-12..SG-21) find none', () => {
  it('when an envelope is composed with allOf from a shared part', async () => {
    const d = golden();
    d.components.schemas.ProductReadResponse = {
      allOf: [
        { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
        {
          type: 'object',
          required: ['data'],
          properties: { data: { $ref: '#/components/schemas/Product' } },
        },
      ],
    };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when ids are UUID strings, flags booleans, and names only contain number words (operation_id, status)', async () => {
    const d = golden();
    Object.assign(d.components.schemas.ProductWrite.properties, {
      tracking_id: { type: 'string', format: 'uuid' },
      is_active: { type: 'boolean' },
      status: { type: 'string', enum: ['draft', 'live'] },
      price_label: { type: 'string' },
      home_page: { type: 'string' },
      item_count: { type: 'integer' },
      total_price: { type: 'integer' },
    });
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a map (additionalProperties only) has keys that are not snake_case in its example', async () => {
    const d = golden();
    const data = d.components.schemas.DiscoveryReadResponse.properties.data;
    data.properties.title = { type: 'object', additionalProperties: { type: 'string' } };
    d.paths[P.discovery].get.responses['200'].content['application/json'].example.data.title = {
      'en-US': 'Discovery',
      'id-ID': 'Penemuan',
    };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when vendor extensions sit in schemas, responses and operations', async () => {
    const d = golden();
    d.components.schemas.Product['x-go-type'] = 'Product';
    d.components.schemas.Product.properties.name['x-nullable'] = true;
    d.paths[P.product].get['x-codegen-request-body-name'] = 'body';
    d.paths[P.product].get.responses['x-rate-limited'] = true;
    d['x-tagGroups'] = [{ name: 'Catalogue', tags: ['product'] }];
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a list holds plain strings rather than objects', async () => {
    const d = golden();
    d.components.schemas.CountryCityListResponse.properties.data.items = { type: 'string' };
    d.paths[P.countryCity].get.responses['200'].content['application/json'].example.data = ['Jakarta'];
    delete d.components.schemas.City;
    d.components.schemas.CityReadResponse.properties.data = {
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
    };
    d.paths[P.city].get.responses['200'].content['application/json'].example.data = {
      id: 1,
      name: 'Jakarta',
    };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a read answers 204 for no data', async () => {
    const d = golden();
    d.paths[P.city].get.responses['204'] = { description: 'No data.' };
    expect(await lintObject(d)).toEqual([]);
  });
});
