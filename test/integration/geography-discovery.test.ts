/** Countries, cities (SG-05) and the discovery document (SG-10) against the real database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { appTokens } from '../support/env.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('when countries are listed', () => {
  it('then they come by name, paged', async () => {
    const body = await jsonOf(
      await server.request('/api/ios/v1/country?per_page=2', { headers: { 'x-app-token': appTokens.ios } }),
      200,
    );
    expect(body.data).toEqual([
      { id: 1, name: 'Indonesia', iso_code: 'ID' },
      { id: 2, name: 'Malaysia', iso_code: 'MY' },
    ]);
    expect(body.meta).toMatchObject({
      total_data: 3,
      total_page: 2,
      links: { next: '/api/ios/v1/country?page=2&per_page=2', prev: '' },
    });
  });
});

describe("when a country's cities are listed", () => {
  it("then Indonesia's 38 provincial capitals page by name", async () => {
    const body = await jsonOf(await server.request('/api/android/v1/country/1/city?per_page=100'), 200);
    const names = (body.data as { name: string }[]).map((city) => city.name);
    expect(names).toHaveLength(38);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('Jakarta');
  });

  it('then an unknown country is 404 and a page past the end is 204', async () => {
    expect(await jsonOf(await server.request('/api/android/v1/country/999/city'), 404)).toEqual({
      message: 'country 999 not found',
    });
    expect((await server.request('/api/android/v1/country/1/city?page=3&per_page=20')).status).toBe(204);
  });
});

describe('when a city is read', () => {
  it('then it names its country and province', async () => {
    const [rows] = await server.pool.query("SELECT id FROM city WHERE name = 'Bandung'");
    const id = (rows as { id: number }[])[0]?.id;
    const body = await jsonOf(await server.request(`/api/android/v1/city/${id}`), 200);
    expect(body).toEqual({
      data: { id, country_id: 1, name: 'Bandung', province: 'Jawa Barat' },
      message: 'get data city success',
    });
  });
});

describe('when the discovery document is read (SG-10)', () => {
  it('then it lists every service, its segments and versions, and where its spec and docs are', async () => {
    const body = await jsonOf(
      await server.request('/api/web/v1/discovery', { headers: { 'x-app-token': appTokens.web } }),
      200,
    );
    const data = body.data as {
      services: { name: string; segments: string[]; versions: { spec_url: string; base_url: string }[] }[];
      docs_url: string;
      platform: string;
    };
    expect(data.platform).toBe('web');
    expect(data.services.map((service) => service.name)).toEqual(['core', 'user', 'driver', 'report']);
    expect(data.services[0]?.segments).toEqual([
      'product',
      'country',
      'city',
      'account',
      'password-reset',
      'otp',
      'oauth',
      'csrf-token',
      'discovery',
    ]);
    expect(data.services[0]?.versions).toEqual([
      {
        version: 'v1',
        status: 'deprecated',
        sunset: '2027-06-30',
        deprecated_segments: ['product'],
        base_url: '/api/web/v1',
        spec_url: '/spec/core.yaml',
      },
      { version: 'v2', status: 'current', base_url: '/api/web/v2', spec_url: '/spec/core.yaml' },
    ]);
    for (const service of data.services) {
      for (const version of service.versions) {
        const spec = await fetch(`${server.url}${version.spec_url}`);
        expect(spec.status).toBe(200);
        expect(await spec.text()).toMatch(/^# GENERATED FILE[\s\S]*openapi: 3\.0\.3/);
      }
    }
    const docs = await fetch(`${server.url}${data.docs_url}`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    expect((await fetch(`${server.url}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });

  it('then the docs page shows each platform its own bundle: literal URLs, only its credentials', async () => {
    const init = await (await fetch(`${server.url}/docs/init.js`)).text();
    for (const platform of ['android', 'ios', 'web']) {
      expect(init).toContain(`"url":"/spec/${platform}/core.yaml"`);
    }
    const android = await (await fetch(`${server.url}/spec/android/user.yaml`)).text();
    expect(android).toContain('/api/android/v1/user/{id}:');
    expect(android).not.toMatch(/csrfToken|accessTokenCookie|\{platform\}:/);
    const web = await (await fetch(`${server.url}/spec/web/user.yaml`)).text();
    expect(web).toContain('/api/web/v1/user/{id}:');
    expect(web).toContain('csrfToken');
    expect(web).not.toMatch(/\boauth:|Bearer <token>/);
  });
});

describe('when readiness is asked', () => {
  it('then MySQL and Redis are both checked', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(await response.json()).toEqual({ message: 'ready', checks: { mysql: 'ok', redis: 'ok' } });
  });
});
