/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-dynamic-delete -- these tests mutate parsed, untyped YAML documents in place */
/**
 * The gate's verdict on deliberate edits of a released fixture (fixtures/spec/shop.yaml, v1 locked):
 * each breaking kind must be caught, named where it happens, and nothing else may be called breaking;
 * each tricky additive edit must pass.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions, formatFinding } from '../../src/contract-gate/compare.ts';
import { extractVersion } from '../../src/contract-gate/extract.ts';
import { diffAfter, fixtureBundle, key, P, type Expected, type Yaml } from './helpers.ts';

interface BreakCase {
  name: string;
  edit: (doc: Yaml) => unknown;
  /** Exactly the breaking findings the edit must produce. */
  breaks: Expected[];
}

const item = (d: Yaml): Yaml => d.components.schemas.Item;
const createRequest = (d: Yaml): Yaml => d.components.schemas.ItemCreateRequest;
const v1Operations = [
  { method: 'GET', path: P.list },
  { method: 'POST', path: P.list },
  { method: 'GET', path: P.item },
  { method: 'DELETE', path: P.item },
  { method: 'POST', path: P.ping },
];
const securedOperations = v1Operations.filter((operation) => operation.path !== P.ping);

const breaking: BreakCase[] = [
  {
    name: 'a path is removed',
    edit: (d) => delete d.paths[P.item],
    breaks: [
      { kind: 'path-removed', path: P.item, text: 'path removed — every v1 client calling it gets 404' },
    ],
  },
  {
    name: 'an operation (method) is removed',
    edit: (d) => delete d.paths[P.item].delete,
    breaks: [{ kind: 'operation-removed', method: 'DELETE', path: P.item }],
  },
  {
    name: 'a new required query parameter',
    edit: (d) => d.paths[P.list].get.parameters.push({ name: 'q', in: 'query', required: true, schema: {} }),
    breaks: [
      {
        kind: 'parameter-added-required',
        method: 'GET',
        path: P.list,
        field: 'q',
        text: "new required query parameter 'q' — v1 clients do not send it and get 422",
      },
    ],
  },
  {
    name: 'a new required header parameter',
    edit: (d) =>
      d.paths[P.ping].post.parameters.push({
        name: 'X-Client-Version',
        in: 'header',
        required: true,
        schema: { type: 'string' },
      }),
    breaks: [{ kind: 'parameter-added-required', method: 'POST', path: P.ping, field: 'X-Client-Version' }],
  },
  {
    name: 'an optional query parameter becomes required',
    edit: (d) => (d.paths[P.list].get.parameters[1].required = true),
    breaks: [
      {
        kind: 'parameter-became-required',
        method: 'GET',
        path: P.list,
        field: 'sort',
        text: "query parameter 'sort' became required",
      },
    ],
  },
  {
    name: 'a new required field in a request body',
    edit: (d) => {
      createRequest(d).properties.sku = { type: 'string' };
      createRequest(d).required.push('sku');
    },
    breaks: [
      {
        kind: 'request-field-added-required',
        method: 'POST',
        path: P.list,
        field: 'sku',
        text: "new required request field 'sku'",
      },
    ],
  },
  {
    name: 'an optional request field becomes required',
    edit: (d) => createRequest(d).required.push('kind'),
    breaks: [{ kind: 'request-field-became-required', method: 'POST', path: P.list, field: 'kind' }],
  },
  {
    name: 'an optional request body becomes required',
    edit: (d) => (d.paths[P.ping].post.requestBody.required = true),
    breaks: [
      {
        kind: 'request-body-became-required',
        method: 'POST',
        path: P.ping,
        text: 'request body became required — v1 clients that send none get 422',
      },
    ],
  },
  {
    name: 'a required request body appears where v1 had none',
    edit: (d) =>
      (d.paths[P.item].delete.requestBody = {
        required: true,
        content: { 'application/json': { schema: { type: 'object' } } },
      }),
    breaks: [{ kind: 'request-body-became-required', method: 'DELETE', path: P.item }],
  },
  {
    name: 'a request field changes type',
    edit: (d) => (createRequest(d).properties.price = { type: 'string' }),
    breaks: [
      {
        kind: 'request-type-changed',
        method: 'POST',
        path: P.list,
        field: 'price',
        text: "request field 'price' changed type from number to string — requests valid under v1 are now rejected (422)",
      },
    ],
  },
  {
    name: 'a request field type is narrowed (number to integer)',
    edit: (d) => (createRequest(d).properties.price.type = 'integer'),
    breaks: [{ kind: 'request-type-changed', method: 'POST', path: P.list, field: 'price' }],
  },
  {
    name: 'a request enum loses a value',
    edit: (d) => (createRequest(d).properties.kind.enum = ['food']),
    breaks: [
      {
        kind: 'request-enum-narrowed',
        method: 'POST',
        path: P.list,
        field: 'kind',
        text: "request field 'kind' no longer accepts 'drink'",
      },
    ],
  },
  {
    name: 'a query parameter enum loses a value',
    edit: (d) => (d.paths[P.list].get.parameters[1].schema.enum = ['name']),
    breaks: [
      {
        kind: 'request-enum-narrowed',
        method: 'GET',
        path: P.list,
        field: 'sort',
        text: "query parameter 'sort' no longer accepts 'price'",
      },
    ],
  },
  {
    name: 'the platform path parameter loses a platform (every v1 operation)',
    edit: (d) => (d.components.parameters.Platform.schema.enum = ['android', 'ios']),
    breaks: v1Operations.map((operation) => ({
      kind: 'request-enum-narrowed',
      ...operation,
      field: 'platform',
      text: "path parameter 'platform' no longer accepts 'web'",
    })),
  },
  {
    name: 'a request maxLength is lowered',
    edit: (d) => (createRequest(d).properties.name.maxLength = 100),
    breaks: [
      {
        kind: 'request-constraint-tightened',
        method: 'POST',
        path: P.list,
        field: 'name',
        text: "request field 'name': maxLength 200 → 100",
      },
    ],
  },
  {
    name: 'a request minimum is raised',
    edit: (d) => (createRequest(d).properties.price.minimum = 1),
    breaks: [
      {
        kind: 'request-constraint-tightened',
        method: 'POST',
        path: P.list,
        field: 'price',
        text: 'minimum 0 → 1',
      },
    ],
  },
  {
    name: 'a request pattern is added',
    edit: (d) => (createRequest(d).properties.name.pattern = '^[A-Z]'),
    breaks: [
      {
        kind: 'request-constraint-tightened',
        method: 'POST',
        path: P.list,
        field: 'name',
        text: "pattern none → '^[A-Z]' — values valid under v1 are now rejected",
      },
    ],
  },
  {
    name: 'a request array maxItems is lowered',
    edit: (d) => (createRequest(d).properties.tags.maxItems = 3),
    breaks: [{ kind: 'request-constraint-tightened', method: 'POST', path: P.list, field: 'tags' }],
  },
  {
    name: 'a header parameter maxLength is lowered',
    edit: (d) => (d.paths[P.ping].post.parameters[0].schema.maxLength = 32),
    breaks: [
      {
        kind: 'request-constraint-tightened',
        method: 'POST',
        path: P.ping,
        field: 'X-Request-Id',
        text: "header parameter 'X-Request-Id': maxLength 64 → 32",
      },
    ],
  },
  {
    name: 'a request field is removed (undeclared fields are rejected)',
    edit: (d) => delete createRequest(d).properties.kind,
    breaks: [
      {
        kind: 'request-field-removed',
        method: 'POST',
        path: P.list,
        field: 'kind',
        text: "get 422 'is not a known field'",
      },
    ],
  },
  {
    name: 'a request media type is removed',
    edit: (d) => {
      const content = d.paths[P.list].post.requestBody.content;
      content['application/x-www-form-urlencoded'] = content['application/json'];
      delete content['application/json'];
    },
    breaks: [{ kind: 'request-media-type-removed', method: 'POST', path: P.list }],
  },
  {
    name: 'a required response field is removed',
    edit: (d) => {
      delete item(d).properties.image_url;
      item(d).required = item(d).required.filter((name: string) => name !== 'image_url');
    },
    breaks: [
      {
        kind: 'response-field-removed',
        method: 'GET',
        path: P.list,
        status: '200',
        field: 'data[].image_url',
      },
      {
        kind: 'response-field-removed',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.image_url',
        text: "response field 'data.image_url' was removed — clients typed from v1 read it and break",
      },
    ],
  },
  {
    name: 'a required response field leaves properties but stays in required',
    edit: (d) => delete item(d).properties.image_url,
    breaks: [
      {
        kind: 'response-field-removed',
        method: 'GET',
        path: P.list,
        status: '200',
        field: 'data[].image_url',
      },
      {
        kind: 'response-field-removed',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.image_url',
        text: "response field 'data.image_url' was removed from properties (still listed in required)",
      },
    ],
  },
  {
    name: 'a required request field leaves properties but stays in required',
    edit: (d) => delete createRequest(d).properties.price,
    breaks: [
      {
        kind: 'request-field-removed',
        method: 'POST',
        path: P.list,
        field: 'price',
        text: "request field 'price' was removed from properties (still listed in required)",
      },
    ],
  },
  {
    name: 'a scalar path parameter changes style (simple to label: /item/.5)',
    edit: (d) =>
      (d.paths[P.item].parameters[1] = {
        name: 'id',
        in: 'path',
        required: true,
        style: 'label',
        schema: { type: 'integer', format: 'int64', minimum: 1 },
      }),
    breaks: ['GET', 'DELETE'].map((method) => ({
      kind: 'parameter-serialization-changed',
      method,
      path: P.item,
      field: 'id',
      text: "path parameter 'id' serialization changed from style simple to style label",
    })),
  },
  {
    name: 'an optional response field is removed',
    edit: (d) => delete item(d).properties.note,
    breaks: [
      { kind: 'response-field-removed', method: 'GET', path: P.list, status: '200', field: 'data[].note' },
      { kind: 'response-field-removed', method: 'GET', path: P.item, status: '200', field: 'data.note' },
    ],
  },
  {
    name: 'a response field changes type',
    edit: (d) => (item(d).properties.price = { type: 'object' }),
    breaks: [
      { kind: 'response-type-changed', method: 'GET', path: P.list, status: '200', field: 'data[].price' },
      {
        kind: 'response-type-changed',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.price',
        text: "response field 'data.price' changed type from number to object — clients typed from v1 break; add the new shape in v2 instead",
      },
    ],
  },
  {
    name: 'a response field becomes nullable',
    edit: (d) => (item(d).properties.name.nullable = true),
    breaks: [
      { kind: 'response-type-changed', method: 'GET', path: P.list, status: '200', field: 'data[].name' },
      {
        kind: 'response-type-changed',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.name',
        text: "response field 'data.name' may now be null",
      },
    ],
  },
  {
    name: 'a response field is no longer required',
    edit: (d) => (item(d).required = item(d).required.filter((name: string) => name !== 'name')),
    breaks: [
      {
        kind: 'response-field-no-longer-required',
        method: 'GET',
        path: P.list,
        status: '200',
        field: 'data[].name',
      },
      {
        kind: 'response-field-no-longer-required',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.name',
        text: "response field 'data.name' is no longer required — clients typed from v1 rely on it being present",
      },
    ],
  },
  {
    name: 'a response enum gains a value',
    edit: (d) => item(d).properties.status.enum.push('deleted'),
    breaks: [
      { kind: 'response-enum-widened', method: 'GET', path: P.list, status: '200', field: 'data[].status' },
      {
        kind: 'response-enum-widened',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.status',
        text: "response field 'data.status' may now be 'deleted', a value v1 clients do not know",
      },
    ],
  },
  {
    name: 'a success status changes (200 becomes 201)',
    edit: (d) => {
      const responses = d.paths[P.item].get.responses;
      responses['201'] = responses['200'];
      delete responses['200'];
    },
    breaks: [
      {
        kind: 'success-status-removed',
        method: 'GET',
        path: P.item,
        status: '200',
        text: 'success status 200 removed (the operation now answers 201) — v1 clients expect 200',
      },
    ],
  },
  {
    name: 'a 204 answer is removed',
    edit: (d) => delete d.paths[P.list].get.responses['204'],
    breaks: [{ kind: 'success-status-removed', method: 'GET', path: P.list, status: '204' }],
  },
  {
    name: 'a response media type is removed',
    edit: (d) => {
      const content = d.paths[P.item].get.responses['200'].content;
      content['application/vnd.shop+json'] = content['application/json'];
      delete content['application/json'];
    },
    breaks: [
      {
        kind: 'response-media-type-removed',
        method: 'GET',
        path: P.item,
        status: '200',
        text: 'response media type application/json removed',
      },
    ],
  },
  {
    name: 'a response body is removed',
    edit: (d) => delete d.paths[P.item].delete.responses['200'].content,
    breaks: [{ kind: 'response-body-removed', method: 'DELETE', path: P.item, status: '200' }],
  },
  {
    name: 'a response header is removed',
    edit: (d) => delete d.paths[P.list].post.responses['201'].headers.Location,
    breaks: [
      { kind: 'response-header-removed', method: 'POST', path: P.list, status: '201', field: 'Location' },
    ],
  },
  {
    name: 'a security requirement is added to a public operation',
    edit: (d) => (d.paths[P.ping].post.security = [{ appToken: [] }]),
    breaks: [
      {
        kind: 'security-requirement-added',
        method: 'POST',
        path: P.ping,
        text: 'now requires appToken (it had no security requirement) — v1 clients send no credentials and get 401',
      },
    ],
  },
  {
    name: 'an operation now needs a second credential',
    edit: (d) => {
      d.components.securitySchemes.session = { type: 'apiKey', in: 'header', name: 'X-SESSION' };
      d.paths[P.item].get.security = [{ appToken: [], session: [] }];
    },
    breaks: [{ kind: 'security-requirement-changed', method: 'GET', path: P.item }],
  },
  {
    name: 'the app token travels in another header',
    edit: (d) => (d.components.securitySchemes.appToken.name = 'X-APP-KEY'),
    breaks: securedOperations.map((operation) => ({
      kind: 'security-scheme-changed',
      ...operation,
      field: 'appToken',
      text: "security scheme 'appToken' changed from apiKey in header X-APP-TOKEN to apiKey in header X-APP-KEY",
    })),
  },
  {
    name: 'a query parameter moves to a header',
    edit: (d) => (d.paths[P.list].get.parameters[1].in = 'header'),
    breaks: [
      {
        kind: 'parameter-location-changed',
        method: 'GET',
        path: P.list,
        field: 'sort',
        text: "parameter 'sort' moved from query to header",
      },
    ],
  },
  {
    name: 'a query parameter is renamed',
    edit: (d) => (d.paths[P.list].get.parameters[1].name = 'order_by'),
    breaks: [
      {
        kind: 'parameter-removed',
        method: 'GET',
        path: P.list,
        field: 'sort',
        text: "query parameter 'sort' was removed (renamed to 'order_by'?) — v1 clients still send it and get 422",
      },
    ],
  },
  {
    name: 'a path parameter is renamed',
    edit: (d) => {
      const pathItem = d.paths[P.item];
      delete d.paths[P.item];
      pathItem.parameters[1] = {
        name: 'item_id',
        in: 'path',
        required: true,
        schema: { type: 'integer', format: 'int64', minimum: 1 },
      };
      d.paths['/api/{platform}/v1/item/{item_id}'] = pathItem;
    },
    breaks: ['GET', 'DELETE'].map((method) => ({
      kind: 'path-parameter-renamed',
      method,
      path: P.item,
      field: 'id',
      text: "path parameter 'id' renamed to 'item_id'",
    })),
  },
  {
    name: 'an operationId changes',
    edit: (d) => (d.paths[P.item].get.operationId = 'getItem'),
    breaks: [{ kind: 'operation-id-changed', method: 'GET', path: P.item }],
  },
];

describe('breaking edits of a released version fail, named where they happen', () => {
  it.each(breaking.map((test) => [test.name, test] as const))('%s', async (_name, test) => {
    const findings = await diffAfter(test.edit);
    const breaks = findings.filter((finding) => finding.breaking);
    expect(breaks.map(key).sort()).toEqual(test.breaks.map(key).sort());
    for (const expected of test.breaks) {
      if (expected.text === undefined) continue;
      const found = breaks.find((finding) => key(finding) === key(expected));
      expect(found?.text).toContain(expected.text);
    }
  });
});

interface PassCase {
  name: string;
  edit: (doc: Yaml) => unknown;
  /** Informational findings the edit must produce (none may be breaking); [] means no finding at all. */
  infos: Expected[];
}

const additive: PassCase[] = [
  {
    name: 'a new path',
    edit: (d) =>
      (d.paths['/api/{platform}/v1/category'] = {
        get: { operationId: 'listCategory', responses: { '200': { description: 'ok' } } },
      }),
    infos: [{ kind: 'path-added', path: '/api/{platform}/v1/category' }],
  },
  {
    name: 'a new operation on a released path',
    edit: (d) =>
      (d.paths[P.item].put = { operationId: 'replaceItem', responses: { '200': { description: 'ok' } } }),
    infos: [{ kind: 'operation-added', method: 'PUT', path: P.item }],
  },
  {
    name: 'a new optional query parameter',
    edit: (d) =>
      d.paths[P.list].get.parameters.push({
        name: 'q',
        in: 'query',
        required: false,
        schema: { type: 'string' },
      }),
    infos: [{ kind: 'parameter-added', method: 'GET', path: P.list, field: 'q' }],
  },
  {
    name: 'a new optional request field',
    edit: (d) => (createRequest(d).properties.sku = { type: 'string' }),
    infos: [{ kind: 'request-field-added', method: 'POST', path: P.list, field: 'sku' }],
  },
  {
    name: 'a new response field, though the schema says additionalProperties: false',
    edit: (d) => (item(d).properties.weight = { type: 'number' }),
    infos: [
      { kind: 'response-field-added', method: 'GET', path: P.list, status: '200', field: 'data[].weight' },
      { kind: 'response-field-added', method: 'GET', path: P.item, status: '200', field: 'data.weight' },
    ],
  },
  {
    name: 'a new error status documented',
    edit: (d) => (d.paths[P.item].get.responses['422'] = { description: 'Invalid id.', content: {} }),
    infos: [{ kind: 'status-added', method: 'GET', path: P.item, status: '422' }],
  },
  {
    name: 'a new success status',
    edit: (d) => (d.paths[P.list].post.responses['202'] = { description: 'Accepted for later.' }),
    infos: [{ kind: 'status-added', method: 'POST', path: P.list, status: '202' }],
  },
  {
    name: 'descriptions, summaries and examples change',
    edit: (d) => {
      d.paths[P.item].get.summary = 'Read an item, freshly worded';
      d.paths[P.item].get.responses['200'].description = 'The whole item.';
      d.paths[P.item].get.responses['200'].content['application/json'].example.data.name = 'Teh';
      item(d).properties.price.description = 'Price in rupiah, tax included.';
      d.paths[P.list].post.requestBody.content['application/json'].example = { name: 'Teh', price: 5000 };
      d.info.description = 'Now with a description.';
    },
    infos: [],
  },
  {
    name: 'a request enum gains a value',
    edit: (d) => createRequest(d).properties.kind.enum.push('snack'),
    infos: [
      {
        kind: 'request-enum-widened',
        method: 'POST',
        path: P.list,
        field: 'kind',
        text: "now also accepts 'snack'",
      },
    ],
  },
  {
    name: 'request constraints are loosened',
    edit: (d) => {
      createRequest(d).properties.name.maxLength = 300;
      delete createRequest(d).properties.price.minimum;
    },
    infos: [
      { kind: 'request-constraint-loosened', method: 'POST', path: P.list, field: 'name' },
      { kind: 'request-constraint-loosened', method: 'POST', path: P.list, field: 'price' },
    ],
  },
  {
    name: 'a request field becomes optional',
    edit: (d) => (createRequest(d).required = ['name']),
    infos: [{ kind: 'request-field-became-optional', method: 'POST', path: P.list, field: 'price' }],
  },
  {
    name: 'a response field is narrowed (number to integer)',
    edit: (d) => (item(d).properties.price.type = 'integer'),
    infos: [
      { kind: 'type-changed-compatibly', method: 'GET', path: P.list, status: '200', field: 'data[].price' },
      { kind: 'type-changed-compatibly', method: 'GET', path: P.item, status: '200', field: 'data.price' },
    ],
  },
  {
    name: 'a response enum loses a value',
    edit: (d) => (item(d).properties.status.enum = ['active']),
    infos: [
      { kind: 'response-enum-narrowed', method: 'GET', path: P.list, status: '200', field: 'data[].status' },
      { kind: 'response-enum-narrowed', method: 'GET', path: P.item, status: '200', field: 'data.status' },
    ],
  },
  {
    name: 'a security scheme is renamed together with every reference to it',
    edit: (d) => {
      d.components.securitySchemes = { appKey: d.components.securitySchemes.appToken };
      d.security = [{ appKey: [] }];
    },
    infos: securedOperations.map((operation) => ({
      kind: 'security-scheme-renamed',
      ...operation,
      field: 'appToken',
      text: "security scheme 'appToken' renamed to 'appKey' (sent the same way: apiKey in header X-APP-TOKEN)",
    })),
  },
  {
    name: 'explode is set on a scalar query parameter (the wire format is the same)',
    edit: (d) => {
      d.paths[P.list].get.parameters[1].explode = false;
      d.paths[P.list].get.parameters[1].style = 'form';
    },
    infos: [],
  },
  {
    name: 'an operation stops requiring credentials',
    edit: (d) => (d.paths[P.item].get.security = []),
    infos: [{ kind: 'security-relaxed', method: 'GET', path: P.item }],
  },
  {
    name: 'an optional request body appears where v1 had none',
    edit: (d) =>
      (d.paths[P.item].delete.requestBody = {
        required: false,
        content: { 'application/json': { schema: { type: 'object' } } },
      }),
    infos: [{ kind: 'request-body-added', method: 'DELETE', path: P.item }],
  },
  {
    name: 'an operation is marked deprecated',
    edit: (d) => (d.paths[P.item].delete.deprecated = true),
    infos: [{ kind: 'operation-deprecated', method: 'DELETE', path: P.item }],
  },
  {
    name: 'a schema component is renamed everywhere (same shapes)',
    edit: (d) => {
      d.components.schemas.Article = item(d);
      delete d.components.schemas.Item;
      d.components.schemas.ItemListResponse.properties.data.items.$ref = '#/components/schemas/Article';
      d.components.schemas.ItemReadResponse.properties.data.$ref = '#/components/schemas/Article';
    },
    infos: [],
  },
  {
    name: 'v2 changes as it likes, and v2-only schemas with it',
    edit: (d) => {
      d.components.schemas.ItemV2.properties.price = { type: 'string' };
      delete d.paths[P.v2item].get.responses['404'];
      d.paths['/api/{platform}/v2/item'] = { get: { operationId: 'listItemV2', responses: {} } };
    },
    infos: [],
  },
  {
    name: 'paths are reordered in the file',
    edit: (d) => {
      const entries = Object.entries(d.paths).reverse();
      d.paths = Object.fromEntries(entries);
    },
    infos: [],
  },
];

describe('additive edits pass, reported as information', () => {
  it.each(additive.map((test) => [test.name, test] as const))('%s', async (_name, test) => {
    const findings = await diffAfter(test.edit);
    expect(findings.filter((finding) => finding.breaking)).toEqual([]);
    expect(findings.map(key).sort()).toEqual(test.infos.map(key).sort());
    for (const expected of test.infos) {
      if (expected.text === undefined) continue;
      expect(findings.find((finding) => key(finding) === key(expected))?.text).toContain(expected.text);
    }
  });
});

describe('the comparison itself', () => {
  it('finds nothing between a version and itself', async () => {
    expect(await diffAfter(() => undefined)).toEqual([]);
  });

  it('formats a finding as service, version, method, path, status, then what to do', () => {
    expect(
      formatFinding(
        { service: 'core', version: 'v1' },
        {
          breaking: true,
          kind: 'response-type-changed',
          method: 'GET',
          path: '/api/{platform}/v1/product/{id}',
          status: '200',
          field: 'data.price',
          text: "response field 'data.price' changed type from number to object — clients typed from v1 break; add the new shape in v2 instead",
        },
      ),
    ).toBe(
      "core v1: GET /api/{platform}/v1/product/{id} 200: response field 'data.price' changed type from number to object — clients typed from v1 break; add the new shape in v2 instead",
    );
  });

  it('stops on a recursive schema and still sees a change inside it', async () => {
    const withTree = (doc: Yaml, childType: string): Yaml => {
      doc.components.schemas.Node = {
        type: 'object',
        required: ['name', 'children'],
        properties: {
          name: { type: childType },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        },
      };
      doc.components.schemas.Item.properties.tree = { $ref: '#/components/schemas/Node' };
      return doc;
    };
    const released = extractVersion(withTree(await fixtureBundle(), 'string'), 'v1');
    const current = extractVersion(withTree(await fixtureBundle(), 'integer'), 'v1');
    const breaks = compareVersions(released, current).filter((finding) => finding.breaking);
    expect(breaks.map((finding) => finding.field)).toEqual(['data[].tree.name', 'data.tree.name']);
  });

  it('compares allOf compositions field by field', async () => {
    const composed = (doc: Yaml, extra: Yaml): Yaml => {
      doc.components.schemas.ItemReadResponse.properties.data = {
        allOf: [{ $ref: '#/components/schemas/Item' }, extra],
      };
      return doc;
    };
    const released = extractVersion(
      composed(await fixtureBundle(), {
        type: 'object',
        required: ['stock'],
        properties: { stock: { type: 'integer' } },
      }),
      'v1',
    );
    const current = extractVersion(composed(await fixtureBundle(), { type: 'object', properties: {} }), 'v1');
    const breaks = compareVersions(released, current).filter((finding) => finding.breaking);
    expect(breaks.map(key)).toEqual([
      key({
        kind: 'response-field-removed',
        method: 'GET',
        path: P.item,
        status: '200',
        field: 'data.stock',
      }),
    ]);
  });
});
