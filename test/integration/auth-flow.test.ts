/**
 * Authentication end to end against the real MySQL and Redis: the mobile flow, refresh
 * rotation and replay, OTP limits, password brute force, timing, scopes and ownership.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lastRecordedMessage } from '../../src/auth/otp-sender.ts';
import { OTP_GRANT } from '../../handlers/core/oauth/index.ts';
import { resetRateLimits, startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, phoneNumber, signIn, type Tokens } from '../support/auth.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetRateLimits(server);
});
afterAll(async () => {
  await server.close();
});

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

async function token(fields: Record<string, string>, platform = 'android'): Promise<Response> {
  return server.request(`/api/${platform}/v1/oauth/token`, form(fields));
}

async function codeSentTo(phone: string): Promise<string> {
  const message = await lastRecordedMessage(server.redis, phone);
  const code = /\b(\d{6})\b/.exec(message ?? '')?.[1];
  if (!code) throw new Error(`no code was sent to ${phone}`);
  return code;
}

/** Lets a test ask for another code at once (the 1-minute cooldown is tested on its own). */
async function skipCooldown(phone: string): Promise<void> {
  await server.redis.del(`otp:cooldown:${phone}`);
}

describe('when a new user goes through the mobile flow', () => {
  it('then register → OTP → token → protected call → refresh → revoke → refused', async () => {
    const phone = phoneNumber();
    const registered = await server.request('/api/android/v1/account', {
      method: 'POST',
      json: { phone_number: phone, password: 'correct horse battery' },
    });
    expect(await jsonOf(registered, 201)).toEqual({
      message: expect.stringMatching(
        /^account \d+ created; a verification code was sent to \+628/,
      ) as unknown,
    });
    const accountId = Number(registered.headers.get('location')?.split('/').pop());

    // The password grant waits for a verified phone.
    const early = await jsonOf(
      await token({ grant_type: 'password', username: phone, password: 'correct horse battery' }),
      400,
    );
    expect(early).toEqual({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/phone number is not verified/) as unknown,
    });

    // The OTP step sends the password too: that is what keeps it (docs/accounts.md).
    const otpResponse = await token({
      grant_type: OTP_GRANT,
      phone_number: phone,
      otp: await codeSentTo(phone),
      password: 'correct horse battery',
    });
    expect(otpResponse.headers.get('cache-control')).toBe('no-store');
    const tokens = (await jsonOf(otpResponse, 200)) as unknown as Tokens;
    expect(tokens).toEqual({
      access_token: expect.stringMatching(/^at\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/) as unknown,
      refresh_token: expect.stringMatching(/^rt\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/) as unknown,
      token_type: 'Bearer',
      expires_in: expect.any(Number) as unknown,
      scope: 'user',
    });

    const me = await jsonOf(
      await server.request(`/api/android/v1/account/${accountId}`, { bearer: tokens.access_token }),
      200,
    );
    expect(me.data).toMatchObject({ id: accountId, phone_number: phone, role: 'user', phone_verified: true });
    expect(JSON.stringify(me)).not.toMatch(/argon2|password/);

    const refreshed = (await jsonOf(
      await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
      200,
    )) as unknown as Tokens;
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    await jsonOf(
      await server.request(`/api/android/v1/account/${accountId}`, { bearer: refreshed.access_token }),
      200,
    );

    const revoked = await server.request(
      '/api/android/v1/oauth/revocation',
      form({ token: refreshed.refresh_token }),
    );
    expect(await jsonOf(revoked, 200)).toEqual({ message: 'token revoked' });
    for (const access of [tokens.access_token, refreshed.access_token]) {
      const refused = await jsonOf(
        await server.request(`/api/android/v1/account/${accountId}`, { bearer: access }),
        401,
      );
      expect(refused).toEqual({ code: 401.4, message: 'access token is invalid or revoked' });
    }
    // Once verified, the password grant works too.
    await jsonOf(
      await token({ grant_type: 'password', username: phone, password: 'correct horse battery' }),
      200,
    );
  });

  it('then the stored hash is argon2id with OWASP parameters and never the password', async () => {
    const account = await createAccount(server);
    const [rows] = await server.pool.query('SELECT password_hash FROM account WHERE id = ?', [account.id]);
    const stored = (rows as { password_hash: string }[])[0]?.password_hash ?? '';
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain(account.password);
  });

  it('then registering the same phone twice is 409 and changes nothing', async () => {
    const account = await createAccount(server);
    const again = await server.request('/api/android/v1/account', {
      method: 'POST',
      json: { phone_number: account.phoneNumber, password: 'another password' },
    });
    expect(await jsonOf(again, 409)).toEqual({
      message: `phone number ${account.phoneNumber} is already registered`,
    });
    await signIn(server, account);
  });
});

describe('when a rotated refresh token is replayed', () => {
  it('then the whole family is revoked: the thief and the owner both have to sign in again', async () => {
    const first = await signIn(server, await createAccount(server));
    const second = (await jsonOf(
      await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token }),
      200,
    )) as unknown as Tokens;
    const replay = await jsonOf(
      await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token }),
      400,
    );
    expect(replay.error).toBe('invalid_grant');
    await jsonOf(await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token }), 400);
    const account = await server.request('/api/android/v1/account/1', { bearer: second.access_token });
    expect((await jsonOf(account, 401)).code).toBe(401.4);
  });

  it('then of 10 concurrent refreshes with one token, at most one gets tokens', async () => {
    const tokens = await signIn(server, await createAccount(server));
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(1);
    expect(statuses.filter((status) => status === 400).length).toBeGreaterThanOrEqual(9);
  });
});

describe('when someone guesses one-time codes', () => {
  it('then after 5 wrong codes the number is locked, even for the right code', async () => {
    const phone = phoneNumber();
    await server.request('/api/android/v1/account', {
      method: 'POST',
      json: { phone_number: phone, password: 'password one' },
    });
    const code = await codeSentTo(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt++) {
      const answer = await jsonOf(
        await token({ grant_type: OTP_GRANT, phone_number: phone, otp: wrong }),
        400,
      );
      expect(answer.error_description).toBe('Invalid grant: the code is wrong');
    }
    const fifth = await jsonOf(await token({ grant_type: OTP_GRANT, phone_number: phone, otp: wrong }), 400);
    expect(fifth.error_description).toMatch(/too many wrong codes/);
    const right = await jsonOf(await token({ grant_type: OTP_GRANT, phone_number: phone, otp: code }), 400);
    expect(right.error_description).toMatch(/too many wrong codes/);
    const [rows] = await server.pool.query('SELECT phone_verified_at FROM account WHERE phone_number = ?', [
      phone,
    ]);
    expect(rows).toEqual([{ phone_verified_at: null }]);
  });

  it('then a second code within a minute is 429 with Retry-After', async () => {
    const account = await createAccount(server);
    await jsonOf(
      await server.request('/api/android/v1/otp', {
        method: 'POST',
        json: { phone_number: account.phoneNumber },
      }),
      201,
    );
    const again = await server.request('/api/android/v1/otp', {
      method: 'POST',
      json: { phone_number: account.phoneNumber },
    });
    expect((await jsonOf(again, 429)).message).toMatch(
      /^a code was sent less than a minute ago; try again in \d+ seconds$/,
    );
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('then a phone gets at most 5 codes an hour', async () => {
    const account = await createAccount(server);
    for (let sent = 1; sent <= 5; sent++) {
      await skipCooldown(account.phoneNumber);
      await jsonOf(
        await server.request('/api/android/v1/otp', {
          method: 'POST',
          json: { phone_number: account.phoneNumber },
        }),
        201,
      );
    }
    await skipCooldown(account.phoneNumber);
    const sixth = await server.request('/api/android/v1/otp', {
      method: 'POST',
      json: { phone_number: account.phoneNumber },
    });
    expect((await jsonOf(sixth, 429)).message).toMatch(/^too many codes asked for this phone number/);
  });

  it('then one client address gets at most 20 codes an hour, whatever the numbers', async () => {
    await resetRateLimits(server);
    for (let sent = 1; sent <= 20; sent++) {
      await jsonOf(
        await server.request('/api/android/v1/otp', {
          method: 'POST',
          json: { phone_number: phoneNumber() },
        }),
        201,
      );
    }
    const next = await server.request('/api/android/v1/otp', {
      method: 'POST',
      json: { phone_number: phoneNumber() },
    });
    expect((await jsonOf(next, 429)).message).toMatch(
      /^too many codes asked from this address; try again in \d+ seconds$/,
    );
    await resetRateLimits(server);
  });

  it('then an unknown number gets the same answer and nothing is sent', async () => {
    const unknown = phoneNumber();
    const answer = await jsonOf(
      await server.request('/api/android/v1/otp', { method: 'POST', json: { phone_number: unknown } }),
      201,
    );
    expect(answer).toEqual({ message: `if ${unknown} is registered, a code was sent to it` });
    expect(await lastRecordedMessage(server.redis, unknown)).toBeUndefined();
  });
});

describe('when someone guesses passwords', () => {
  it('then a wrong password and an unknown phone answer the same, in about the same time', async () => {
    const account = await createAccount(server);
    const timed = async (username: string) => {
      const started = performance.now();
      const body = await jsonOf(
        await token({ grant_type: 'password', username, password: 'not the password' }),
        400,
      );
      return { body, ms: performance.now() - started };
    };
    await timed(account.phoneNumber); // warm-up, not measured
    await timed(phoneNumber());
    const wrongPassword = [];
    const unknownPhone = [];
    // Interleaved and compared by median: the machine is shared, single samples are noisy.
    for (let round = 0; round < 9; round++) {
      wrongPassword.push(await timed(account.phoneNumber));
      unknownPhone.push(await timed(phoneNumber()));
    }
    expect(wrongPassword[0]?.body).toEqual(unknownPhone[0]?.body);
    expect(wrongPassword[0]?.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: user credentials are invalid',
    });
    const median = (samples: { ms: number }[]) =>
      samples.map((sample) => sample.ms).sort((a, b) => a - b)[4] ?? 0;
    const ratio = median(wrongPassword) / median(unknownPhone);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('then after 10 wrong passwords the account is locked for a while, even for the right one', async () => {
    const account = await createAccount(server);
    for (let attempt = 0; attempt < 10; attempt++) {
      await jsonOf(
        await token({ grant_type: 'password', username: account.phoneNumber, password: 'wrong' }),
        400,
      );
    }
    const right = await jsonOf(
      await token({ grant_type: 'password', username: account.phoneNumber, password: account.password }),
      400,
    );
    expect(right.error_description).toMatch(
      /^Invalid grant: too many failed sign-ins; try again in \d+ seconds$/,
    );
  });
});

describe('when a token is used where it does not belong', () => {
  it('then an android token on the ios URL is 401.4', async () => {
    const account = await createAccount(server);
    const tokens = await signIn(server, account, 'android');
    const { appTokens } = await import('../support/env.ts');
    const answer = await server.request(`/api/ios/v1/account/${account.id}`, {
      bearer: tokens.access_token,
      headers: { 'x-app-token': appTokens.ios },
    });
    expect((await jsonOf(answer, 401)).code).toBe(401.4);
  });

  it('then a user cannot read another account (403) but an admin can, and a user cannot write products (403)', async () => {
    const [user, other, admin] = [
      await createAccount(server),
      await createAccount(server),
      await createAccount(server, 'admin'),
    ];
    const userTokens = await signIn(server, user);
    expect(
      await jsonOf(
        await server.request(`/api/android/v1/account/${other.id}`, { bearer: userTokens.access_token }),
        403,
      ),
    ).toEqual({
      message: 'you can only read your own account',
    });
    const adminTokens = await signIn(server, admin);
    expect(
      (
        await jsonOf(
          await server.request(`/api/android/v1/account/${other.id}`, { bearer: adminTokens.access_token }),
          200,
        )
      ).data,
    ).toMatchObject({ id: other.id });
    const write = await server.request('/api/android/v1/product/1', {
      method: 'DELETE',
      bearer: userTokens.access_token,
    });
    expect(await jsonOf(write, 403)).toEqual({ message: "this operation needs the 'admin' scope" });
  });

  it('then asking for a scope beyond the role is invalid_scope', async () => {
    const account = await createAccount(server);
    const answer = await jsonOf(
      await token({
        grant_type: 'password',
        username: account.phoneNumber,
        password: account.password,
        scope: 'admin',
      }),
      400,
    );
    expect(answer.error).toBe('invalid_scope');
  });
});

describe('when an access token expires', () => {
  it('then it answers 401.5, and the refresh token still works', async () => {
    // 2 s, not 1: the RFC's expires_in is whole seconds and must stay >= 1 when sent.
    const shortLived = await startTestServer({ accessTokenTtlSeconds: 2 });
    try {
      const account = await createAccount(shortLived);
      const tokens = await signIn(shortLived, account);
      await jsonOf(
        await shortLived.request(`/api/android/v1/account/${account.id}`, { bearer: tokens.access_token }),
        200,
      );
      // The clock moves past the expiry instead of the test sleeping through it: only Date is
      // faked, so sockets, Redis and MariaDB keep their real timers.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2_500 });
      const expired = await jsonOf(
        await shortLived.request(`/api/android/v1/account/${account.id}`, { bearer: tokens.access_token }),
        401,
      ).finally(() => vi.useRealTimers());
      expect(expired).toEqual({ code: 401.5, message: 'access token expired: refresh it at /oauth/token' });
      const refreshed = await shortLived.request(
        '/api/android/v1/oauth/token',
        form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
      );
      expect(refreshed.status).toBe(200);
    } finally {
      await shortLived.close();
    }
  });
});

describe('when registration is rate limited', () => {
  it('then the 429 leaves no account behind, so registering later works', async () => {
    await resetRateLimits(server);
    const phone = phoneNumber();
    await server.redis.set(`otp:cooldown:${phone}`, '1', 'EX', 60);
    const limited = await server.request('/api/android/v1/account', {
      method: 'POST',
      json: { phone_number: phone, password: 'password one' },
    });
    expect(limited.status).toBe(429);
    const [rows] = await server.pool.query('SELECT id FROM account WHERE phone_number = ?', [phone]);
    expect(rows).toEqual([]);
    await skipCooldown(phone);
    const later = await server.request('/api/android/v1/account', {
      method: 'POST',
      json: { phone_number: phone, password: 'password one' },
    });
    expect(later.status).toBe(201);
  });
});

describe('when the token endpoint gets JSON that does not parse', () => {
  it('then it answers 400 invalid_request in the RFC format, as the spec documents', async () => {
    const answer = await server.request('/api/android/v1/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"grant_type": "password",',
    });
    expect(await jsonOf(answer, 400)).toEqual({
      error: 'invalid_request',
      error_description: expect.stringMatching(/^request body is not valid JSON/) as unknown,
    });
  });
});
