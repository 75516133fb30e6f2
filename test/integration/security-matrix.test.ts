/**
 * Generated from the specs, not listed by hand: every operation of every service refuses a
 * missing app token (401.1) and another platform's (401.2); every operation that needs an
 * access token refuses none (401.3), garbage and revoked ones (401.4), an expired one
 * (401.5), and one sent in the query string (SG-08). On web, the access token is the cookie
 * (a bearer header is not) and every state-changing operation checks CSRF (401.6). Always the
 * style guide's 401 body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../src/runtime/handler-types.ts';
import { operationTables } from '../../src/services.ts';
import { mintToken } from '../../src/auth/tokens.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';
import { appTokens } from '../support/env.ts';
import { signInWeb } from '../contract/services/auth-state.ts';

const operations: readonly OperationSpec[] = Object.values(operationTables).flat();
const authenticated = operations.filter((operation) => operation.authenticated);

let server: TestServer;
let revokedToken: string;
beforeAll(async () => {
  server = await startTestServer();
  const tokens = await signIn(server, await createAccount(server, 'admin'));
  revokedToken = tokens.access_token;
  await server.request('/api/android/v1/oauth/revocation', {
    method: 'POST',
    json: { token: tokens.refresh_token },
  });
});
afterAll(async () => {
  await server.close();
});

function call(operation: OperationSpec, headers: Record<string, string>, query = ''): Promise<Response> {
  const url = operation.path.replace('{platform}', 'android').replace(/\{[^}]+\}/g, '1');
  const hasBody = operation.requestMediaTypes.length > 0;
  return fetch(`${server.url}${url}${query}`, {
    method: operation.method.toUpperCase(),
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...headers },
    body: hasBody ? '{}' : undefined,
  });
}

describe('every operation refuses a missing or foreign app token', () => {
  it('covers every operation of the specs', () => {
    expect(operations.length).toBeGreaterThanOrEqual(41);
  });
  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s',
    async (_id, operation) => {
      expect(await jsonOf(await call(operation, {}), 401)).toEqual({
        code: 401.1,
        message: 'X-APP-TOKEN header is missing',
      });
      expect(await jsonOf(await call(operation, { 'x-app-token': appTokens.ios }), 401)).toEqual({
        code: 401.2,
        message: 'X-APP-TOKEN is not valid for platform android',
      });
    },
  );
});

describe('every operation that needs an access token refuses a bad one', () => {
  it('covers the authenticated operations', () => {
    expect(authenticated.map((operation) => operation.operationId)).toEqual(
      expect.arrayContaining([
        'createProduct',
        'deleteProductV2',
        'readAccount',
        'createOrder',
        'createDelivery',
      ]),
    );
  });
  it.each(authenticated.map((operation) => [operation.operationId, operation] as const))(
    '%s',
    async (_id, operation) => {
      const app = { 'x-app-token': appTokens.android };
      expect((await jsonOf(await call(operation, app), 401)).code).toBe(401.3);
      expect(
        (await jsonOf(await call(operation, { ...app, authorization: 'Bearer garbage' }), 401)).code,
      ).toBe(401.4);
      expect(
        (await jsonOf(await call(operation, { ...app, authorization: `Bearer ${revokedToken}` }), 401)).code,
      ).toBe(401.4);
      const expired = mintToken('at', new Date(Date.now() - 60_000));
      expect(
        await jsonOf(await call(operation, { ...app, authorization: `Bearer ${expired}` }), 401),
      ).toEqual({
        code: 401.5,
        message: 'access token expired: refresh it at /oauth/token',
      });
      const inQuery = await jsonOf(await call(operation, app, `?access_token=${revokedToken}`), 401);
      expect(inQuery).toEqual({
        code: 401.3,
        message: 'access tokens are accepted only in the Authorization header, never in the URL (SG-08)',
      });
    },
  );
});

describe('on web, every operation takes its access token from the cookie and checks CSRF where the spec lists it', () => {
  const web = (operation: OperationSpec) =>
    operation.security.find((requirement) => requirement.some(({ scheme }) => scheme === 'webAppToken')) ??
    [];
  const withCookie = operations.filter((operation) =>
    web(operation).some(({ scheme }) => scheme === 'accessTokenCookie'),
  );
  const withCsrf = operations.filter((operation) =>
    web(operation).some(({ scheme }) => scheme === 'csrfToken'),
  );
  const cookies = {} as Record<string, string>;
  beforeAll(async () => {
    for (const role of ['user', 'driver', 'admin'] as const) {
      cookies[role] = (await signInWeb(server, await createAccount(server, role))).accessToken;
    }
  });
  const onWeb = (operation: OperationSpec, headers: Record<string, string>) =>
    fetch(`${server.url}${operation.path.replace('{platform}', 'web').replace(/\{[^}]+\}/g, '999999')}`, {
      method: operation.method.toUpperCase(),
      headers: {
        'x-app-token': appTokens.web,
        ...(operation.requestMediaTypes.length > 0 ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: operation.requestMediaTypes.length > 0 ? '{}' : undefined,
    });

  it('covers every authenticated operation and every state-changing one', () => {
    expect(withCookie.map((operation) => operation.operationId)).toEqual(
      authenticated.map((operation) => operation.operationId),
    );
    expect(withCsrf.every((operation) => operation.method !== 'get')).toBe(true);
    expect(withCsrf.length).toBe(operations.filter((operation) => operation.method !== 'get').length);
  });
  it.each(withCookie.map((operation) => [operation.operationId, operation] as const))(
    '%s: a bearer header is not enough (401.3 names the cookie)',
    async (_id, operation) => {
      expect(
        await jsonOf(await onWeb(operation, { authorization: `Bearer ${cookies.admin ?? ''}` }), 401),
      ).toEqual({
        code: 401.3,
        message: 'access token is missing: sign in to get the access_token cookie',
      });
    },
  );
  it.each(withCsrf.map((operation) => [operation.operationId, operation] as const))(
    '%s: without X-CSRF-TOKEN, 401.6',
    async (_id, operation) => {
      const role = web(operation).find(({ scheme }) => scheme === 'accessTokenCookie')?.scopes[0] ?? 'user';
      const cookie = withCookie.includes(operation)
        ? { cookie: `access_token=${cookies[role] ?? ''}` }
        : ({} as Record<string, string>);
      expect((await jsonOf(await onWeb(operation, cookie), 401)).code).toBe(401.6);
    },
  );
});
