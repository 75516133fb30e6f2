/** The contract tests' full-schema check finds what Dredd's example comparison cannot. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSchemaCheck } from './schema-check.cjs';

const bundle = parse(
  readFileSync(new URL('../../generated/core.bundle.yaml', import.meta.url), 'utf8'),
) as object;
const { check } = createSchemaCheck(bundle);
/** What the server sends with every v1 product answer: the spec marks these headers required. */
const json = {
  'content-type': 'application/json; charset=utf-8',
  'x-request-id': '3f2b8c1e-4a5d-4e6f-9a7b-1c2d3e4f5a6b',
  deprecation: '@1795219200',
  sunset: 'Wed, 30 Jun 2027 00:00:00 GMT',
  link: '</api/android/v2/product/9>; rel="successor-version"',
};
const product = {
  id: 9,
  name: 'Empat Lima',
  price: 220000,
  image_url: 'https://images.example.com/product/9.jpg',
  created_at: '2018-03-09T04:28:50Z',
  updated_at: '2018-03-09T04:28:50Z',
};
const readProduct = (body: unknown, status = 200) => ({
  method: 'GET',
  path: '/api/{platform}/v1/product/{id}',
  expectedStatus: 200,
  status,
  headers: json,
  body: JSON.stringify(body),
});

describe('schema check of a real response', () => {
  it.each([
    ['a body that matches its schema', { given: { data: product, message: 'ok' }, want: [] }],
    [
      'a required field missing',
      {
        given: { data: { ...product, name: undefined }, message: 'ok' },
        want: ['data.name: is required but missing'],
      },
    ],
    [
      'a date-time that is not RFC 3339',
      {
        given: { data: { ...product, created_at: '09/03/2018 04:28' }, message: 'ok' },
        want: ['data.created_at: must match format "date-time"'],
      },
    ],
    [
      'a number sent as a string (SG-13)',
      {
        given: { data: { ...product, price: '220000' }, message: 'ok' },
        want: ['data.price: must be number'],
      },
    ],
    [
      'a field the schema does not have',
      {
        given: { data: { ...product, imageUrl: 'x' }, message: 'ok' },
        want: ['data.imageUrl: is not in the schema (additionalProperties: false)'],
      },
    ],
    [
      'every problem at once (allErrors)',
      {
        given: { data: { ...product, id: 'nine', updated_at: 'later' } },
        want: [
          'message: is required but missing',
          'data.id: must be integer',
          'data.updated_at: must match format "date-time"',
        ],
      },
    ],
  ])('when %s, then it reports exactly that', (_name, { given, want }) => {
    expect(check(readProduct(given)).sort()).toEqual([...want].sort());
  });

  it('when the status is not the expected one, then it says so and checks the real status schema', () => {
    expect(check(readProduct({ message: 'product 9 not found' }, 404))).toEqual([
      'status: expected 200, got 404',
    ]);
    expect(check(readProduct({ detail: 'gone' }, 404))).toEqual([
      'status: expected 200, got 404',
      'message: is required but missing',
      'detail: is not in the schema (additionalProperties: false)',
    ]);
  });

  it('when a status is not documented, then that is the problem', () => {
    expect(check({ ...readProduct({ message: 'x' }, 418), expectedStatus: 418 })).toEqual([
      'status: 418 is not documented for GET /api/{platform}/v1/product/{id}',
    ]);
  });

  it('when a response shared through $ref (401) is checked, then its enum is enforced', () => {
    const unauthorized = { ...readProduct({ code: 401.1, message: 'missing' }, 401), expectedStatus: 401 };
    expect(check(unauthorized)).toEqual([]);
    expect(check({ ...unauthorized, body: JSON.stringify({ code: 401, message: 'missing' }) })).toEqual([
      'code: must be equal to one of the allowed values [401.1,401.2,401.3,401.4,401.5,401.6]',
    ]);
  });

  it('when a documented header is an integer, then its text is read as one (Retry-After: 42)', () => {
    const tooMany = {
      method: 'post',
      path: '/api/{platform}/v1/otp',
      expectedStatus: 429,
      status: 429,
      body: JSON.stringify({ message: 'try again in 42 seconds' }),
    };
    expect(check({ ...tooMany, headers: { ...json, 'retry-after': '42' } })).toEqual([]);
    expect(check({ ...tooMany, headers: { ...json, 'retry-after': 'soon' } })).toEqual([
      'header Retry-After: must be integer',
    ]);
  });

  it('when a documented header is shared through $ref (Deprecation), then its schema is enforced', () => {
    const deprecated = { data: product, message: 'ok' };
    expect(check({ ...readProduct(deprecated), headers: { ...json, deprecation: '@1795219200' } })).toEqual(
      [],
    );
    expect(check({ ...readProduct(deprecated), headers: { ...json, deprecation: 'yesterday' } })).toEqual([
      'header Deprecation: must match pattern "^@[0-9]+$"',
    ]);
  });

  it('when a header the spec marks required is missing, then it says which', () => {
    const { sunset: _sunset, 'x-request-id': _id, ...without } = json;
    expect(check({ ...readProduct({ data: product, message: 'ok' }), headers: without })).toEqual([
      'header X-Request-Id: is required but missing',
      'header Sunset: is required but missing',
    ]);
  });

  it('when a list item breaks the schema in many items, then the lines are collapsed per field', () => {
    const list = {
      data: [product, { ...product, price: '1' }, { ...product, price: '2' }],
      meta: {
        links: { next: '', prev: '' },
        total_data: 3,
        count: 3,
        per_page: 20,
        current_page: 1,
        total_page: 1,
      },
    };
    const response = {
      method: 'get',
      path: '/api/{platform}/v1/product',
      expectedStatus: 200,
      status: 200,
      headers: json,
    };
    expect(check({ ...response, body: JSON.stringify(list) })).toEqual([
      'data.*.price: must be number (in 2 items, first data.1.price)',
    ]);
  });

  it('when a 204 has a body or a JSON response has another media type, then it fails', () => {
    const list = { method: 'GET', path: '/api/{platform}/v1/product', expectedStatus: 204, status: 204 };
    expect(check({ ...list, headers: json, body: '' })).toEqual([]);
    expect(check({ ...list, headers: json, body: '{}' })).toEqual([
      'body: status 204 documents no body, got 2 characters',
    ]);
    expect(check({ ...readProduct({}), headers: { ...json, 'content-type': 'text/html' } })).toEqual([
      "content-type: got 'text/html', documented application/json",
    ]);
    expect(check({ ...readProduct({}), body: '{"data":' })[0]).toMatch(/^body: is not valid JSON/);
  });
});
