/** The API through clients typed by the generated paths: the compiler checks what a test sends and reads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, signIn } from '../support/auth.ts';
import { resetRateLimits, startTestServer, type TestServer } from '../support/server.ts';
import { typedClients } from '../support/typed-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetRateLimits(server);
});
afterAll(() => server.close());

describe('when a user signs in and places nothing yet, through typed clients', () => {
  it('then the account, an empty order list (204) and a city read are typed by the spec', async () => {
    const account = await createAccount(server);
    const tokens = await signIn(server, account);
    const api = typedClients(server.url, tokens.access_token);

    const read = await api.core.GET('/api/{platform}/v1/account/{id}', {
      params: { path: { platform: 'android', id: account.id } },
    });
    expect(read.response.status).toBe(200);
    expect(read.data?.data.phone_number).toBe(account.phoneNumber);

    const orders = await api.user.GET('/api/{platform}/v1/order', {
      params: { path: { platform: 'android' }, query: { page: 1, per_page: 5 } },
    });
    expect(orders.response.status).toBe(204);

    const city = await api.core.GET('/api/{platform}/v1/city/{id}', {
      params: { path: { platform: 'android', id: 1 } },
    });
    expect(city.data?.data).toEqual({
      id: 1,
      country_id: 1,
      name: expect.any(String) as string,
      province: expect.any(String) as string,
    });
  });

  it('then an error answer is typed too: 404 with the style guide body', async () => {
    const api = typedClients(server.url);
    const missing = await api.core.GET('/api/{platform}/v1/city/{id}', {
      params: { path: { platform: 'android', id: 999999 } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toEqual({ message: 'city 999999 not found' });
  });
});
