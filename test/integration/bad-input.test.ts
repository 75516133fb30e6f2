/**
 * Bad input: each answers the style guide's 4xx body with the right status, never a 500,
 * and changes nothing stored (the product table's checksum is the same before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { appTokens } from '../support/env.ts';
import { createAccount, signIn } from '../support/auth.ts';

let server: TestServer;
let admin: string;
let productId: number;
const base = '/api/android/v1/product';

async function storedState(): Promise<string> {
  const [rows] = await server.pool.query(
    'SELECT id, name, CAST(price AS CHAR) AS price, image_url, updated_at, deleted_at FROM product ORDER BY id',
  );
  return JSON.stringify(rows);
}

beforeAll(async () => {
  server = await startTestServer();
  await resetProducts(server);
  admin = (await signIn(server, await createAccount(server, 'admin'))).access_token;
  const response = await server.request(base, {
    method: 'POST',
    json: { name: 'Nasi Goreng', price: 25000, image_url: 'https://images.example.com/nasi-goreng.jpg' },
    bearer: admin,
  });
  productId = Number(response.headers.get('location')?.split('/').pop());
});
afterAll(async () => {
  await server.close();
});

interface BadRequest {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  want: Record<string, unknown>;
}

const json = { 'content-type': 'application/json' };
const cases: [string, BadRequest][] = [
  [
    'malformed JSON',
    {
      path: base,
      method: 'POST',
      headers: json,
      body: '{"name": "x",',
      status: 400,
      want: { message: expect.stringMatching(/^request body is not valid JSON/) },
    },
  ],
  [
    'a JSON string instead of an object',
    {
      path: base,
      method: 'POST',
      headers: json,
      body: '"product"',
      status: 400,
      want: { message: expect.stringMatching(/^request body is not valid JSON/) },
    },
  ],
  [
    'a JSON array instead of an object',
    {
      path: base,
      method: 'POST',
      headers: json,
      body: '[1,2]',
      status: 422,
      want: { errors: [{ field: 'body', message: ['must be object'] }] },
    },
  ],
  [
    'wrong types',
    {
      path: base,
      method: 'POST',
      headers: json,
      body: '{"name": 5, "price": "cheap", "image_url": true}',
      status: 422,
      want: {
        errors: [
          { field: 'name', message: ['must be string'] },
          { field: 'price', message: ['must be number'] },
          { field: 'image_url', message: ['must be string'] },
        ],
      },
    },
  ],
  [
    'missing fields',
    {
      path: base,
      method: 'POST',
      headers: json,
      body: '{}',
      status: 422,
      want: {
        errors: [
          { field: 'name', message: ['is required'] },
          { field: 'price', message: ['is required'] },
          { field: 'image_url', message: ['is required'] },
        ],
      },
    },
  ],
  [
    'an unknown field',
    {
      path: `${base}/PRODUCT_ID`,
      method: 'PATCH',
      headers: json,
      body: '{"colour": "red"}',
      status: 422,
      want: { errors: [{ field: 'colour', message: ['is not a known field'] }] },
    },
  ],
  [
    'an empty PATCH',
    {
      path: `${base}/PRODUCT_ID`,
      method: 'PATCH',
      headers: json,
      body: '{}',
      status: 422,
      want: { errors: [{ field: 'body', message: ['must have at least 1 field'] }] },
    },
  ],
  [
    'a negative price and a blank name',
    {
      path: `${base}/PRODUCT_ID`,
      method: 'PATCH',
      headers: json,
      body: '{"price": -1, "name": "   "}',
      status: 422,
      want: {
        errors: [
          { field: 'name', message: ['must not be blank'] },
          { field: 'price', message: ['must be >= 0'] },
        ],
      },
    },
  ],
  [
    'a price with fractions of a cent',
    {
      path: `${base}/PRODUCT_ID`,
      method: 'PATCH',
      headers: json,
      body: '{"price": 1.001}',
      status: 422,
      want: { errors: [{ field: 'price', message: ['must be a multiple of 0.01'] }] },
    },
  ],
  [
    'an image_url that is not a URL',
    {
      path: `${base}/PRODUCT_ID`,
      method: 'PATCH',
      headers: json,
      body: '{"image_url": "not a url"}',
      status: 422,
      want: { errors: [{ field: 'image_url', message: ['must be a valid uri'] }] },
    },
  ],
  [
    'page=0',
    { path: `${base}?page=0`, status: 422, want: { errors: [{ field: 'page', message: ['must be >= 1'] }] } },
  ],
  [
    'page=-1',
    {
      path: `${base}?page=-1`,
      status: 422,
      want: { errors: [{ field: 'page', message: ['must be >= 1'] }] },
    },
  ],
  [
    'page=abc',
    {
      path: `${base}?page=abc`,
      status: 422,
      want: { errors: [{ field: 'page', message: ['must be integer'] }] },
    },
  ],
  [
    'a huge per_page',
    {
      path: `${base}?per_page=1000000`,
      status: 422,
      want: { errors: [{ field: 'per_page', message: ['must be <= 100'] }] },
    },
  ],
  [
    'an unknown query parameter',
    {
      path: `${base}?sort=name`,
      status: 422,
      want: { errors: [{ field: 'sort', message: ['is not a known field'] }] },
    },
  ],
  [
    'a non-numeric id',
    { path: `${base}/abc`, status: 422, want: { errors: [{ field: 'id', message: ['must be integer'] }] } },
  ],
  [
    'id 0',
    { path: `${base}/0`, status: 422, want: { errors: [{ field: 'id', message: ['must be >= 1'] }] } },
  ],
  [
    'an out-of-range id',
    {
      path: `${base}/99999999999999999999`,
      status: 422,
      want: { errors: [{ field: 'id', message: ['must be <= 4294967295'] }] },
    },
  ],
  [
    'SQL in the id',
    {
      path: `${base}/1%20OR%201=1`,
      method: 'DELETE',
      status: 422,
      want: { errors: [{ field: 'id', message: ['must be integer'] }] },
    },
  ],
  [
    'an unknown id',
    { path: `${base}/4000000000`, status: 404, want: { message: 'product 4000000000 not found' } },
  ],
  [
    'an oversize body',
    {
      path: base,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'x'.repeat(200_000), price: 1, image_url: 'https://a.example/x' }),
      status: 413,
      want: { message: 'request body is larger than 100kb' },
    },
  ],
  [
    'a form-encoded body',
    {
      path: base,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x&price=1',
      status: 415,
      want: {
        message: "request body must be sent as application/json, not 'application/x-www-form-urlencoded'",
      },
    },
  ],
  [
    'no body at all',
    {
      path: base,
      method: 'POST',
      status: 422,
      want: { errors: [{ field: 'body', message: ['is required'] }] },
    },
  ],
  [
    'an unknown URL',
    {
      path: '/api/android/v1/products',
      status: 404,
      want: { message: 'no such URL: GET /api/android/v1/products' },
    },
  ],
  [
    'an unknown platform',
    {
      path: '/api/blackberry/v1/product',
      status: 404,
      want: { message: 'no such URL: GET /api/blackberry/v1/product' },
    },
  ],
  [
    'an unversioned URL (SG-01)',
    { path: '/v1/products', status: 404, want: { message: 'no such URL: GET /v1/products' } },
  ],
  [
    'a method the URL does not serve',
    {
      path: base,
      method: 'DELETE',
      status: 405,
      want: { message: 'DELETE is not allowed on /api/android/v1/product; allowed: GET, POST, HEAD' },
    },
  ],
  [
    'no X-APP-TOKEN (SG-22)',
    {
      path: base,
      headers: { 'x-app-token': '' },
      status: 401,
      want: { code: 401.1, message: 'X-APP-TOKEN header is missing' },
    },
  ],
  [
    "another platform's X-APP-TOKEN",
    {
      path: base,
      headers: { 'x-app-token': appTokens.ios },
      status: 401,
      want: { code: 401.2, message: 'X-APP-TOKEN is not valid for platform android' },
    },
  ],
  [
    'a malformed percent escape in the URL',
    { path: `${base}/%E0%A4%A`, status: 400, want: { message: expect.any(String) as unknown } },
  ],
];

describe('when the request is bad', () => {
  it.each(cases)(
    '%s: then the style guide body with the right status, and nothing stored changes',
    async (_name, bad) => {
      const before = await storedState();
      const response = await server.request(bad.path.replace('PRODUCT_ID', String(productId)), {
        method: bad.method ?? 'GET',
        headers: bad.headers ?? {},
        body: bad.body,
        bearer: admin,
      });
      const body = await jsonOf(response, bad.status);
      expect(body).toMatchObject(bad.want);
      if (bad.status === 422) {
        expect(body.message).toMatch(/^the request has \d+ invalid fields?: /);
        expect(Object.keys(body).sort()).toEqual(['errors', 'message']);
      } else if (bad.status === 401) {
        expect(Object.keys(body).sort()).toEqual(['code', 'message']);
      } else {
        expect(Object.keys(body)).toEqual(['message']);
      }
      if (bad.status === 405) expect(response.headers.get('allow')).toBe('GET, POST, HEAD');
      expect(await storedState()).toBe(before);
    },
  );
});

describe('when a string looks like SQL', () => {
  it('then it is stored and returned literally, and the table is intact', async () => {
    const name = "Robert'); DROP TABLE product; --";
    const response = await server.request(base, {
      method: 'POST',
      json: { name, price: 1, image_url: 'https://images.example.com/x.jpg' },
      bearer: admin,
    });
    await jsonOf(response, 201);
    const id = response.headers.get('location')?.split('/').pop() ?? '';
    const read = await jsonOf(await server.request(`${base}/${id}`), 200);
    expect((read.data as { name: string }).name).toBe(name);
    const [tables] = await server.pool.query("SHOW TABLES LIKE 'product'");
    expect(tables).toHaveLength(1);
  });
});
