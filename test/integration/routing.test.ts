/**
 * The API's routing (one find-my-way lookup, src/runtime/stages/route-table.ts) keeps what
 * express's router did: HEAD is served by GET without a body, any other method of a known URL
 * is a 405 with Allow, paths are case-sensitive, and path values are percent-decoded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';

let server: TestServer;
const countries = '/api/android/v1/country';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('routing', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await server.request(countries);
    const getBody = await get.text();
    const head = await server.request(countries, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(getBody)));
    expect(head.headers.get('x-request-id')).toBeTruthy();
    expect(await head.text()).toBe('');
  });

  it.each(['PROPFIND', 'OPTIONS', 'DELETE'])(
    'answers %s on a known URL with 405 and Allow',
    async (method) => {
      const response = await server.request(countries, { method });
      const body = await jsonOf(response, 405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(body.message).toBe(`${method} is not allowed on ${countries}; allowed: GET, HEAD`);
    },
  );

  it('tells paths apart by case', async () => {
    const body = await jsonOf(await server.request('/api/android/v1/Country'), 404);
    expect(body).toEqual({ message: 'no such URL: GET /api/android/v1/Country' });
  });

  it('percent-decodes path values', async () => {
    const listed = await jsonOf(await server.request(countries), 200);
    const id = String((listed.data as { id: number }[])[0]?.id);
    const plain = await jsonOf(await server.request(`${countries}/${id}/city`), 200);
    const encoded = id.replace(/\d/g, (digit) => `%3${digit}`);
    const decoded = await jsonOf(await server.request(`${countries}/${encoded}/city`), 200);
    expect(decoded.data).toEqual(plain.data);
  });
});
