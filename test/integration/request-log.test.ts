/**
 * The request log (issue 12): one JSON line per request with stable fields, the request id
 * answered and logged for every request, and no secret of a real sign-in flow in the log.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTP_GRANT } from '../../handlers/core/oauth/index.ts';
import { lastRecordedMessage } from '../../src/auth/otp-sender.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { phoneNumber } from '../support/auth.ts';
import { appTokens, testConfig } from '../support/env.ts';
import { resetRateLimits } from '../support/server.ts';

let server: RunningServer;
const text: string[] = [];
const lines = () =>
  text
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  const log = createLogger(
    { logLevel: 'debug', logPretty: false },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text.push(chunk.toString());
        done();
      },
    }),
  );
  server = await startServer(testConfig(), { log });
  await resetRateLimits(server);
});
afterAll(async () => {
  await server.close();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}/api/android/v1${path}`, {
    ...init,
    headers: { 'x-app-token': appTokens.android, ...(init.headers as Record<string, string>) },
  });
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/** The request line of the response's request id (the service logs it once the response is sent). */
async function requestLineOf(response: Response): Promise<Record<string, unknown>> {
  const id = response.headers.get('x-request-id');
  for (let attempt = 0; attempt < 50; attempt++) {
    const line = lines().find((entry) => entry.request_id === id && entry.msg === 'request completed');
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no request line for ${id}`);
}

describe('when a user registers, verifies the code and signs in', () => {
  it('then no password, code, token or query string reaches the log, and every line has its fields', async () => {
    const phone = phoneNumber();
    const password = 'a very secret password 42';
    const registered = await api('/account', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone_number: phone, password, role: 'user' }),
    });
    await jsonOf(registered, 201);
    const accountId = Number(registered.headers.get('location')?.split('/').pop());
    const code = /\b(\d{6})\b/.exec((await lastRecordedMessage(server.redis, phone)) ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    const verified = await jsonOf(
      await api('/oauth/token', form({ grant_type: OTP_GRANT, phone_number: phone, otp: code, password })),
      200,
    );
    const signedIn = await jsonOf(
      await api('/oauth/token', form({ grant_type: 'password', username: phone, password })),
      200,
    );
    const accessToken = String(signedIn.access_token);
    // A token where SG-08 forbids it: refused, and its query string never logged.
    const leaked = await api(`/country?access_token=${accessToken}&page=1`);
    expect(leaked.status).toBe(422);
    const readAccount = await api(`/account/${accountId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    // A wrong password, logged as a 400 of the token endpoint.
    await api('/oauth/token', form({ grant_type: 'password', username: phone, password: `${password}!` }));

    const logged = text.join('');
    for (const secret of [
      password,
      code,
      accessToken,
      String(verified.refresh_token),
      String(signedIn.refresh_token),
    ])
      expect(logged).not.toContain(secret);
    expect(logged).not.toContain('access_token=');

    const line = await requestLineOf(readAccount);
    expect(Object.keys(line)).toEqual(
      expect.arrayContaining([
        'request_id',
        'operation',
        'method',
        'path',
        'status',
        'duration_ms',
        'client',
      ]),
    );
    expect(readAccount.status).toBe(200);
    expect(line).toMatchObject({
      operation: 'readAccount',
      method: 'GET',
      status: 200,
      principal: accountId,
    });
    expect(line.client).toMatch(/127\.0\.0\.1/);
    expect(await requestLineOf(leaked)).toMatchObject({ path: '/api/android/v1/country', status: 422 });
  });
});

describe('when any request is answered', () => {
  it.each([
    ['an operation', '/api/android/v1/country', 200],
    ['a validation error', '/api/android/v1/country?per_page=0', 422],
    ['an unknown URL', '/api/android/v1/nope', 404],
    ['a missing app token', '/api/android/v1/country', 401],
  ])('then %s answers an X-Request-Id that its log line carries', async (_name, path, status) => {
    const headers: Record<string, string> = status === 401 ? {} : { 'x-app-token': appTokens.android };
    const response = await fetch(`${server.url}${path}`, { headers });
    expect(response.status).toBe(status);
    const line = await requestLineOf(response);
    expect(line.status).toBe(status);
    expect(line.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('then a well-formed id the caller sent is answered and logged as it is', async () => {
    const response = await fetch(`${server.url}/api/android/v1/country`, {
      headers: { 'x-app-token': appTokens.android, 'x-request-id': 'caller-chosen-id-0001' },
    });
    expect(response.headers.get('x-request-id')).toBe('caller-chosen-id-0001');
    expect((await requestLineOf(response)).operation).toBe('listCountry');
  });
});
