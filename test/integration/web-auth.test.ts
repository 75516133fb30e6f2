/**
 * The web platform: tokens in HttpOnly, Secure, SameSite cookies (never in the body), and a
 * double-submit CSRF token on every state-changing request (401.6 without it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, resetRateLimits, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn, type TestAccount } from '../support/auth.ts';
import { appTokens } from '../support/env.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetRateLimits(server);
});
afterAll(async () => {
  await server.close();
});

/** A tiny browser: keeps cookies by name and sends them back. */
function browser() {
  const jar = new Map<string, string>();
  return {
    jar,
    async fetch(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      headers.set('x-app-token', appTokens.web);
      if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
      const response = await fetch(`${server.url}${path}`, { ...init, headers });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (value === '') jar.delete(name);
        else jar.set(name, value);
      }
      return response;
    },
  };
}

async function csrfToken(client: ReturnType<typeof browser>): Promise<string> {
  const body = await jsonOf(await client.fetch('/api/web/v1/csrf-token'), 200);
  return (body.data as { csrf_token: string }).csrf_token;
}

/** The password grant on web, as a page sends it (form, with its CSRF token). */
function passwordGrant(
  client: ReturnType<typeof browser>,
  csrf: string,
  account: TestAccount,
): Promise<Response> {
  return client.fetch('/api/web/v1/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': csrf },
    body: new URLSearchParams({
      grant_type: 'password',
      username: account.phoneNumber,
      password: account.password,
    }).toString(),
  });
}

describe('when a web user signs in', () => {
  it('then the tokens are HttpOnly Secure SameSite cookies, absent from the body, and calls work with them', async () => {
    const account = await createAccount(server);
    const client = browser();
    const csrf = await csrfToken(client);
    const signIn = await passwordGrant(client, csrf, account);
    const body = await jsonOf(signIn, 200);
    expect(body).toEqual({ token_type: 'Bearer', expires_in: expect.any(Number) as unknown, scope: 'user' });
    const cookies = signIn.headers.getSetCookie();
    const access = cookies.find((cookie) => cookie.startsWith('access_token='));
    const refresh = cookies.find((cookie) => cookie.startsWith('refresh_token='));
    expect(access).toMatch(/; Path=\/; Expires=.*; HttpOnly; Secure; SameSite=Strict$/);
    expect(refresh).toMatch(/; Path=\/api\/web\/v1\/oauth; Expires=.*; HttpOnly; Secure; SameSite=Strict$/);

    await jsonOf(await client.fetch(`/api/web/v1/account/${account.id}`), 200);

    // The refresh token cookie refreshes without the page ever seeing it.
    const refreshed = await client.fetch('/api/web/v1/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': csrf },
      body: 'grant_type=refresh_token',
    });
    expect(await jsonOf(refreshed, 200)).not.toHaveProperty('access_token');

    // Sign out: the family is revoked and the cookies cleared.
    const oldAccess = client.jar.get('access_token') ?? '';
    const out = await client.fetch('/api/web/v1/oauth/revocation', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: '{}',
    });
    await jsonOf(out, 200);
    expect(client.jar.has('access_token')).toBe(false);
    const reused = await fetch(`${server.url}/api/web/v1/account/${account.id}`, {
      headers: { 'x-app-token': appTokens.web, cookie: `access_token=${oldAccess}` },
    });
    expect((await jsonOf(reused, 401)).code).toBe(401.4);
  });
});

describe('when a state-changing web request comes without the CSRF token', () => {
  it.each<[string, (csrf: string) => Record<string, string>]>([
    ['no X-CSRF-TOKEN', () => ({})],
    ['a wrong X-CSRF-TOKEN', () => ({ 'x-csrf-token': 'forged' })],
    ['the token without its cookie', (csrf) => ({ 'x-csrf-token': csrf, cookie: '' })],
  ])('%s: then 401.6 and nothing happens', async (_name, headersFor) => {
    const client = browser();
    const csrf = await csrfToken(client);
    const extra = headersFor(csrf);
    if (extra.cookie === '') client.jar.clear();
    const { cookie: _cookie, ...headers } = extra;
    const phone = `+6289${Date.now().toString().slice(-9)}`;
    const answer = await client.fetch('/api/web/v1/account', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ phone_number: phone, password: 'a good password' }),
    });
    expect(await jsonOf(answer, 401)).toEqual({
      code: 401.6,
      message: 'CSRF token is missing or wrong: send X-CSRF-TOKEN from /csrf-token',
    });
    const [rows] = await server.pool.query('SELECT id FROM account WHERE phone_number = ?', [phone]);
    expect(rows).toEqual([]);
  });

  it('then android needs no CSRF token (it is a web-only defence)', async () => {
    const answer = await server.request('/api/android/v1/otp', {
      method: 'POST',
      json: { phone_number: '+628111111111' },
    });
    expect(answer.status).toBe(201);
  });
});

describe('when an access token arrives the way another platform sends it', () => {
  it('then web refuses a bearer header (401.3 naming the cookie) and android a cookie (401.3 naming the bearer)', async () => {
    const account = await createAccount(server);
    const { access_token: android } = await signIn(server, account);
    const client = browser();
    const csrf = await csrfToken(client);
    const web = await passwordGrant(client, csrf, account);
    await jsonOf(web, 200);
    const webToken = client.jar.get('access_token') ?? '';

    const bearerOnWeb = await fetch(`${server.url}/api/web/v1/account/${account.id}`, {
      headers: { 'x-app-token': appTokens.web, authorization: `Bearer ${webToken}` },
    });
    expect(await jsonOf(bearerOnWeb, 401)).toEqual({
      code: 401.3,
      message: 'access token is missing: sign in to get the access_token cookie',
    });
    const cookieOnAndroid = await fetch(`${server.url}/api/android/v1/account/${account.id}`, {
      headers: { 'x-app-token': appTokens.android, cookie: `access_token=${android}` },
    });
    expect(await jsonOf(cookieOnAndroid, 401)).toEqual({
      code: 401.3,
      message: 'access token is missing: send Authorization: Bearer <token>',
    });
    // Each in its own place works, and a role the operation lacks is 403 on either.
    await jsonOf(await client.fetch(`/api/web/v1/account/${account.id}`), 200);
    const product = await client.fetch('/api/web/v2/product', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: '{}',
    });
    expect(await jsonOf(product, 403)).toEqual({ message: "this operation needs the 'admin' scope" });
  });
});
