/**
 * Sign-in cannot starve the API (issue 10, items 7 and 8), against the real MariaDB and Redis:
 * failed password sign-ins are limited per client address across usernames, a username that
 * is not a phone number is refused before Redis or argon2 see it, and argon2 verifications
 * are bounded per process (503 + Retry-After beyond the queue).
 */
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, phoneNumber } from '../support/auth.ts';

let server: TestServer;
let gated: TestServer;
let budgeted: TestServer;
beforeAll(async () => {
  // The production limit (the test environment raises it for the other files).
  server = await startTestServer({ signinFailuresPerAddress: 30 });
  // One verification at a time and one waiting: a burst of ten must overflow it.
  gated = await startTestServer({ passwordVerifyConcurrency: 1, passwordVerifyQueue: 1 });
  // Room for all at once, but only three may start per second.
  budgeted = await startTestServer({
    passwordVerifyConcurrency: 8,
    passwordVerifyQueue: 8,
    passwordVerifyPerSecond: 3,
  });
});
afterAll(async () => {
  await Promise.all([server.close(), gated.close(), budgeted.close()]);
});

/** A fresh client address per test (IPv6 documentation range), so runs never share counts. */
const freshAddress = (): string =>
  `2001:db8::${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}`;

/** The password grant from `address` (the gateway's X-Forwarded-For; loopback is trusted). */
function passwordGrant(
  target: TestServer,
  username: string,
  password: string,
  address: string,
): Promise<Response> {
  return target.request('/api/android/v1/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    body: new URLSearchParams({ grant_type: 'password', username, password }).toString(),
  });
}

describe('when one address sprays passwords over many usernames', () => {
  it('then the 31st failed sign-in is 429 with Retry-After, and another address still signs in', async () => {
    const sprayer = freshAddress();
    for (let attempt = 1; attempt <= 30; attempt++) {
      const body = await jsonOf(await passwordGrant(server, phoneNumber(), 'guessed password', sprayer), 400);
      expect(body.error).toBe('invalid_grant');
    }
    const refused = await passwordGrant(server, phoneNumber(), 'guessed password', sprayer);
    const body = await jsonOf(refused, 429);
    expect(body).toEqual({
      message: expect.stringMatching(
        /^too many failed sign-ins from this address; try again in \d+ seconds$/,
      ) as unknown,
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // The limiter's key is the address itself (what the 90 KB test looks for).
    expect(await server.redis.exists(`rl:signin-address:${sprayer}`)).toBe(1);

    // Even the right password is refused from the spraying address...
    const account = await createAccount(server);
    await jsonOf(await passwordGrant(server, account.phoneNumber, account.password, sprayer), 429);
    // ...but another address is not affected.
    const elsewhere = await jsonOf(
      await passwordGrant(server, account.phoneNumber, account.password, freshAddress()),
      200,
    );
    expect(elsewhere.token_type).toBe('Bearer');
  });

  it('then successful sign-ins do not count against the address', async () => {
    const account = await createAccount(server);
    const address = freshAddress();
    for (let attempt = 1; attempt <= 35; attempt++) {
      await jsonOf(await passwordGrant(server, account.phoneNumber, account.password, address), 200);
    }
  });
});

describe('when the username is not a phone number', () => {
  it('then a 90 KB username is invalid_request at once, and no long Redis key is written', async () => {
    const address = freshAddress();
    const huge = '9'.repeat(90 * 1024);
    const body = await jsonOf(await passwordGrant(server, huge, 'guessed password', address), 400);
    expect(body).toEqual({
      error: 'invalid_request',
      error_description: 'Invalid parameter: `username` must be a phone number in E.164 form (+62...)',
    });
    // Refused before Redis: not even the address was counted.
    expect(await server.redis.exists(`rl:signin-address:${address}`)).toBe(0);
    // KEYS answers full names (with the key prefix); SCAN would page, KEYS is fine on a test Redis.
    const keys = await server.redis.keys('delivery-test:*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => Buffer.byteLength(key) > 200)).toEqual([]);
  });

  it('then a name or a number without its country code is invalid_request', async () => {
    const address = freshAddress();
    for (const username of ['alice', '081234567890', '+0812345678', `${phoneNumber()} `]) {
      const body = await jsonOf(await passwordGrant(server, username, 'guessed password', address), 400);
      expect(body.error).toBe('invalid_request');
    }
  });
});

describe('when password checks flood one process', () => {
  it('then beyond the queue the answer is 503 with Retry-After, and the earlier ones succeed', async () => {
    const account = await createAccount(gated);
    const address = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => passwordGrant(gated, account.phoneNumber, account.password, address)),
    );
    const statuses = answers.map((answer) => answer.status);
    // The first takes the slot, the second waits; the rest arrive while both are busy.
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    for (const answer of answers) {
      if (answer.status === 503) {
        expect(answer.headers.get('retry-after')).toBe('1');
        expect(await jsonOf(answer, 503)).toEqual({
          message: 'the password check is unavailable; try again shortly',
        });
      } else {
        expect((await jsonOf(answer, 200)).token_type).toBe('Bearer');
      }
    }
    // Once the burst is over the gate is open again.
    await jsonOf(await passwordGrant(gated, account.phoneNumber, account.password, address), 200);
  });

  it('then beyond the per-second budget the answer is 503 too, and the budget comes back', async () => {
    const account = await createAccount(budgeted);
    const address = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        passwordGrant(budgeted, account.phoneNumber, account.password, address),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 503, 503, 503]);
    expect(answers.find((answer) => answer.status === 503)?.headers.get('retry-after')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await jsonOf(await passwordGrant(budgeted, account.phoneNumber, account.password, address), 200);
  });
});
