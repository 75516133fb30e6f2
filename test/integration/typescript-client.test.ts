/**
 * The TypeScript client package (clients/typescript) against the real server: its README
 * example run as a program, and what the client adds to openapi-fetch (the platform in every
 * URL, the app token, the access token asked per request).
 */
import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { promisify } from 'node:util';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreClient, createUserClient } from '../../clients/typescript/src/index.ts';
import { fixtures, type Fixtures } from '../contract/services/fixtures.ts';
import { createAccount, phoneNumber, signIn } from '../support/auth.ts';
import { appTokens, testEnvironment } from '../support/env.ts';
import { resetRateLimits, startTestServer, type TestServer } from '../support/server.ts';

const run = promisify(execFile);

let server: TestServer;
/** What the example makes (an account, its addresses and order) and the product it orders, removed afterwards. */
let made: Fixtures;
beforeAll(async () => {
  server = await startTestServer();
  await resetRateLimits(server);
  made = fixtures(server, 'client example');
});
afterAll(async () => {
  await made.cleanup();
  await server.close();
});

describe('when the example of clients/typescript runs against the server', () => {
  it('then it registers, signs in, places an order of the newest product and prints that order', async () => {
    const admin = await made.member('admin');
    const created = await server.request('/api/android/v1/product', {
      method: 'POST',
      bearer: admin.token,
      json: {
        name: 'Client example: Martabak',
        price: 35000,
        image_url: 'https://images.example.com/m.jpg',
      },
    });
    expect(created.status).toBe(201);
    const productId = Number(created.headers.get('location')?.split('/').pop());
    const phone = phoneNumber();
    made.adopt({ products: [productId], phones: [phone] });

    const { stdout } = await run(process.execPath, ['clients/typescript/examples/place-order.ts'], {
      env: {
        ...process.env,
        DELIVERY_API_URL: server.url,
        DELIVERY_APP_TOKEN: appTokens.android,
        DELIVERY_PHONE: phone,
        DELIVERY_PASSWORD: `example password ${randomInt(1e9)}`,
        REDIS_URL: testEnvironment.REDIS_URL,
        REDIS_KEY_PREFIX: testEnvironment.REDIS_KEY_PREFIX,
      },
    });
    const [[account]] = await server.pool.query<RowDataPacket[]>(
      'SELECT id FROM account WHERE phone_number = ?',
      [phone],
    );
    made.adopt({ accounts: [Number(account?.id)] });

    expect(JSON.parse(stdout)).toEqual({
      id: expect.any(Number) as number,
      status: 'created',
      items: [
        {
          product_id: productId,
          name: 'Client example: Martabak',
          unit_price: 35000,
          quantity: 2,
          line_total: 70000,
        },
      ],
      total: 70000,
      currency: 'IDR',
      pickup: expect.objectContaining({ label: 'Kedai', city_id: 12 }) as unknown,
      dropoff: expect.objectContaining({ label: 'Rumah', city_id: 12 }) as unknown,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as string,
      updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as string,
    });
  });
});

describe('when a client is made for a platform', () => {
  it('then every URL carries that platform, with no `platform` in the call', async () => {
    const android = createCoreClient({ baseUrl: server.url, appToken: appTokens.android });
    const city = await android.GET('/api/{platform}/v1/city/{id}', { params: { path: { id: 12 } } });
    expect(city.response.status).toBe(200);
    expect(city.response.url).toBe(`${server.url}/api/android/v1/city/12`);
    expect(city.data?.data.id).toBe(12);

    // The android token on the ios URL: the server says the token is of another platform.
    const ios = createCoreClient({ baseUrl: `${server.url}/`, appToken: appTokens.android, platform: 'ios' });
    const refused = await ios.GET('/api/{platform}/v1/city/{id}', { params: { path: { id: 12 } } });
    expect(refused.response.url).toBe(`${server.url}/api/ios/v1/city/12`);
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ code: 401.2 });
  });

  it('then the access token is asked before every request, so a new one is used at once', async () => {
    const account = await createAccount(server);
    made.adopt({ accounts: [account.id], phones: [account.phoneNumber] });
    let token: string | undefined = undefined;
    const user = createUserClient({
      baseUrl: server.url,
      appToken: appTokens.android,
      accessToken: () => token,
    });
    const read = () => user.GET('/api/{platform}/v1/user/{id}', { params: { path: { id: account.id } } });

    expect((await read()).error).toMatchObject({ code: 401.3 });
    token = (await signIn(server, account)).access_token;
    const profile = await read();
    expect(profile.response.status).toBe(200);
    expect(profile.data?.data.phone_number).toBe(account.phoneNumber);
  });
});
