/**
 * One resource, one URL, and the token endpoint's RFC 6749 errors (issue 11, item 5): a
 * trailing slash is an unknown URL (404), an integer path or query value written otherwise than
 * in decimal digits is a 422 naming the parameter, and a token request without a grant type,
 * or with one not served, answers `invalid_request` / `unsupported_grant_type`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetProducts, startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';

let server: TestServer;
let productId: number;
const base = '/api/android/v1/product';

beforeAll(async () => {
  server = await startTestServer();
  await resetProducts(server);
  const admin = (await signIn(server, await createAccount(server, 'admin'))).access_token;
  // Id 16 exists, so that 0x10, 1.6e1 and 0b10000 would reach a real row if read leniently.
  await server.pool.query('ALTER TABLE product AUTO_INCREMENT = 16');
  const created = await server.request(base, {
    method: 'POST',
    bearer: admin,
    json: { name: 'Es Teh', price: 5000, image_url: 'https://images.example.com/es-teh.jpg' },
  });
  productId = Number(created.headers.get('location')?.split('/').pop());
});
afterAll(async () => {
  await server.close();
});

describe('a trailing slash', () => {
  it.each([`${base}/`, `${base}/16/`, '/api/android/v2/product/', '/api/android/v1/country/'])(
    'GET %s answers the 404 of an unknown URL, not the resource',
    async (url) => {
      const body = await jsonOf(await server.request(url), 404);
      expect(body).toEqual({ message: `no such URL: GET ${url}` });
    },
  );

  it('is not a method of a known URL either: DELETE on /product/ is a 404, not a 405', async () => {
    const response = await server.request(`${base}/`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(response.headers.get('allow')).toBeNull();
  });
});

describe('integer path and query values are plain decimal digits', () => {
  it('the id itself reads the row', async () => {
    expect(productId).toBe(16);
    const body = await jsonOf(await server.request(`${base}/16`), 200);
    expect(body.data).toMatchObject({ id: 16 });
  });

  it.each(['0x10', '1.6e1', '0b10000', '16e0', '16.0', '%2016', '16%20', '+16', '0o20'])(
    'product id %s answers 422 naming id',
    async (id) => {
      const body = await jsonOf(await server.request(`${base}/${id}`), 422);
      expect(body.errors).toEqual([
        { field: 'id', message: ['must be an integer written in decimal digits (0-9) only'] },
      ]);
    },
  );

  it.each(['/api/android/v1/city/0x10', '/api/android/v2/product/9e0', '/api/android/v1/country/1e0/city'])(
    '%s answers 422 naming id',
    async (url) => {
      const body = await jsonOf(await server.request(url), 422);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    },
  );

  it.each([
    ['page', 'page=0x1'],
    ['page', 'page=1e0'],
    ['per_page', 'per_page=%202'],
    ['per_page', 'per_page=2.0'],
  ])('query %s written as %s answers 422 naming it', async (field, query) => {
    const body = await jsonOf(await server.request(`${base}?${query}`), 422);
    expect(body.errors).toEqual([
      { field, message: ['must be an integer written in decimal digits (0-9) only'] },
    ]);
  });

  it('a repeated integer query parameter is still refused, as one entry', async () => {
    const body = await jsonOf(await server.request(`${base}?page=1&page=0x1`), 422);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'page' })]);
  });

  it('where the schema refuses the value itself, its words are kept', async () => {
    const body = await jsonOf(await server.request(`${base}/0x0`), 422);
    expect(body.errors).toEqual([{ field: 'id', message: ['must be >= 1'] }]);
  });

  it('other problems of the request are still reported beside it', async () => {
    const body = await jsonOf(await server.request(`${base}?page=0x1&per_page=1000`), 422);
    expect((body.errors as { field: string }[]).map(({ field }) => field).sort()).toEqual([
      'page',
      'per_page',
    ]);
  });

  it('plain digits still pass', async () => {
    const body = await jsonOf(await server.request(`${base}?page=1&per_page=20`), 200);
    expect(body.meta).toMatchObject({ current_page: 1, per_page: 20 });
  });
});

describe('the token endpoint answers RFC 6749 errors for the grant type', () => {
  const token = (form: Record<string, string>) =>
    server.request('/api/android/v1/oauth/token', { method: 'POST', body: new URLSearchParams(form) });

  it('no grant_type: invalid_request', async () => {
    const body = await jsonOf(await token({ username: '+6281234567890', password: 'x' }), 400);
    expect(body).toEqual({ error: 'invalid_request', error_description: 'Missing parameter: `grant_type`' });
  });

  it('an empty form: invalid_request', async () => {
    const body = await jsonOf(await token({}), 400);
    expect(body.error).toBe('invalid_request');
  });

  it.each(['client_credentials', 'authorization_code', 'PASSWORD', ''])(
    'grant_type %j: unsupported_grant_type (empty: invalid_request)',
    async (grantType) => {
      const body = await jsonOf(await token({ grant_type: grantType }), 400);
      expect(body.error).toBe(grantType === '' ? 'invalid_request' : 'unsupported_grant_type');
      if (grantType !== '') expect(body.error_description).toMatch(/must be one of password, refresh_token/);
    },
  );

  it('in JSON too', async () => {
    const response = await server.request('/api/android/v1/oauth/token', {
      method: 'POST',
      json: { grant_type: 'implicit' },
    });
    expect((await jsonOf(response, 400)).error).toBe('unsupported_grant_type');
  });

  it.each([
    [{ grant_type: 'password', username: '+6281234567890' }, 'password'],
    [{ grant_type: 'password', password: 'x' }, 'username'],
    [{ grant_type: 'urn:delivery-platform:grant-type:otp', phone_number: '+6281234567890' }, 'otp'],
    [{ grant_type: 'urn:delivery-platform:grant-type:otp', otp: '123456', phone_number: '' }, 'phone_number'],
  ])(
    'a known grant without a parameter it requires (%j): invalid_request naming it',
    async (form, absent) => {
      const body = await jsonOf(await token(form), 400);
      expect(body).toEqual({
        error: 'invalid_request',
        error_description: `Missing parameter: \`${absent}\``,
      });
    },
  );

  it("a known grant with another grant's field: 422 naming only that field", async () => {
    const body = await jsonOf(
      await token({
        grant_type: 'urn:delivery-platform:grant-type:otp',
        phone_number: '+6281234567890',
        otp: '123456',
        username: 'x',
      }),
      422,
    );
    expect(body.errors).toEqual([{ field: 'username', message: ['is not a known field'] }]);
  });
});
