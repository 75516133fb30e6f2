/**
 * What is loaded on first use (src/deferred.ts: argon2 and its decoy hash, the OAuth library,
 * the rate limiters) is still loading when the server has just started: requests that need it
 * then wait for it, and are answered as ever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/passwords.ts';
import { appTokens } from '../support/env.ts';
import { phoneNumber } from '../support/auth.ts';
import { resetRateLimits, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let answers: { status: number; body: Record<string, unknown> }[];

const tokenRequest = (parameters: Record<string, string>) =>
  fetch(`${server.url}/api/android/v1/oauth/token`, {
    method: 'POST',
    headers: { 'x-app-token': appTokens.android, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(parameters),
  }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  }));

beforeAll(async () => {
  server = await startTestServer();
  // Sent at once, while the deferred modules load: an unknown number (the decoy hash), a
  // wrong password, a refresh token that was never issued, and a code for a new number.
  answers = await Promise.all([
    tokenRequest({ grant_type: 'password', username: phoneNumber(), password: 'whatever password' }),
    tokenRequest({ grant_type: 'refresh_token', refresh_token: 'rt.never.issued' }),
    server
      .request('/api/android/v1/otp', { method: 'POST', json: { phone_number: phoneNumber() } })
      .then(async (response) => ({ status: response.status, body: {} })),
  ]);
});

afterAll(async () => {
  await resetRateLimits(server);
  await server.close();
});

describe('when requests that need deferred modules arrive as the server starts', () => {
  it('then they wait for the modules and are answered as usual', () => {
    expect(answers[0]).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid grant: user credentials are invalid' },
    });
    expect(answers[1]?.status).toBe(400);
    expect(answers[1]?.body.error).toBe('invalid_grant');
    expect(answers[2]?.status).toBe(201);
  });

  it('then a password set afterwards verifies', async () => {
    const account = { phone: phoneNumber(), password: 'first-use password' };
    await server.pool.execute(
      'INSERT INTO account (phone_number, password_hash, role, phone_verified_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP(3))',
      [account.phone, await hashPassword(account.password), 'user'],
    );
    const answer = await tokenRequest({
      grant_type: 'password',
      username: account.phone,
      password: account.password,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.token_type).toBe('Bearer');
  });
});
