/**
 * The head of every answer (src/runtime/response-head.ts): the JSON API's security headers and
 * X-Request-Id on contract answers, their errors, unknown URLs and health; each header once;
 * what express or a library set beside them kept (CORS, cookies, helmet's on /docs).
 */
import { request as httpRequest } from 'node:http';
import type { ResultSetHeader } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';
import { appTokens } from '../support/env.ts';

const ORIGIN = 'https://shop.example.com';
let server: TestServer;
let productId: number;

beforeAll(async () => {
  server = await startTestServer({ corsOrigins: ORIGIN });
  await resetProducts(server);
  const [inserted] = await server.pool.query<ResultSetHeader>(
    "INSERT INTO product (name, price, currency, image_url) VALUES ('Kopi', '12000.00', 'IDR', 'https://images.example.com/kopi.jpg')",
  );
  productId = inserted.insertId;
});
afterAll(() => server.close());

const API_SECURITY = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** The answer's raw header names (lower case), as sent: a repeated name shows twice. */
function rawHeaderNames(path: string, headers: Record<string, string> = {}): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(`${server.url}${path}`, { headers }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve(response.rawHeaders.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase())),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}

function expectEveryAnswerHeaders(response: Response): void {
  for (const [name, value] of Object.entries(API_SECURITY)) expect(response.headers.get(name)).toBe(value);
  expect(response.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
}

describe('when the contract answers', () => {
  it('then a read carries the security headers, its id, deprecation and an exact Content-Length, each once', async () => {
    const response = await server.request(`/api/android/v1/product/${productId}`, {
      headers: { 'x-request-id': 'read-head-0001' },
    });
    expect(response.status).toBe(200);
    expectEveryAnswerHeaders(response);
    expect(response.headers.get('x-request-id')).toBe('read-head-0001');
    expect(response.headers.get('link')).toBe(
      `</api/android/v2/product/${productId}>; rel="successor-version"`,
    );
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    const names = await rawHeaderNames(`/api/android/v1/product/${productId}`, {
      'x-app-token': appTokens.android,
    });
    expect(names.length).toBe(new Set(names).size);
    expect(names).toEqual(
      expect.arrayContaining([...Object.keys(API_SECURITY), 'x-request-id', 'deprecation']),
    );
  });

  it('then its errors carry them too, in the style guide body', async () => {
    const response = await server.request('/api/android/v1/product/999999');
    expect(response.status).toBe(404);
    expectEveryAnswerHeaders(response);
    expect(response.headers.get('link')).toBe('</api/android/v2/product/999999>; rel="successor-version"');
    const body = (await response.json()) as { message?: unknown };
    expect(typeof body.message).toBe('string');
  });

  it('then a browser call keeps the CORS headers beside them', async () => {
    const response = await server.request(`/api/android/v1/product/${productId}`, {
      headers: { origin: ORIGIN },
    });
    expect(response.status).toBe(200);
    expectEveryAnswerHeaders(response);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });
});

describe('when something other than the contract answers', () => {
  it('then an unknown URL and health carry the same headers', async () => {
    for (const path of ['/no/such/url', '/healthz', '/readyz']) {
      const response = await server.request(path);
      expectEveryAnswerHeaders(response);
      const names = await rawHeaderNames(path);
      expect(names.length).toBe(new Set(names).size);
    }
  });

  it("then the docs page keeps helmet's own headers, which let it style itself", async () => {
    const response = await server.request('/docs/');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });
});
