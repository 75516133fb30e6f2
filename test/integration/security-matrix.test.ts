/**
 * Generated from the specs, not listed by hand: every operation of every service refuses a
 * missing app token (401.1) and another platform's (401.2); every operation that needs an
 * access token refuses none (401.3), garbage and revoked ones (401.4), an expired one
 * (401.5), and one sent in the query string (SG-08). Always the style guide's 401 body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../src/runtime/handler-types.ts';
import { operationTables } from '../../src/services.ts';
import { mintToken } from '../../src/auth/tokens.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';
import { appTokens } from '../support/env.ts';

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
