/**
 * Authentication state for the contract plans: a web sign-in (CSRF double submit, tokens in
 * cookies), and the clean-up of what a run leaves in Redis (its tokens, the one-time-code and
 * rate-limit keys of its phone numbers, the OTP requests it made from this address), so that
 * reruns start from the same state.
 */
import { createHash } from 'node:crypto';
import type { TestAccount } from '../../support/auth.ts';
import { appTokens } from '../../support/env.ts';
import type { TestServer } from '../../support/server.ts';

export interface WebSession {
  accessToken: string;
  refreshToken: string;
}

/** The value of cookie `name` among a response's Set-Cookie headers. */
function setCookie(response: Response, name: string): string | undefined {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    if (pair.slice(0, at).trim() === name) return decodeURIComponent(pair.slice(at + 1).trim());
  }
  return undefined;
}

/**
 * The password grant on the web platform, as a browser does it: a CSRF token and its
 * `__Host-csrf` cookie first, then the grant, whose tokens come back as HttpOnly cookies.
 */
export async function signInWeb(server: TestServer, account: TestAccount): Promise<WebSession> {
  const headers = { 'x-app-token': appTokens.web };
  const csrf = await fetch(`${server.url}/api/web/v1/csrf-token`, { headers });
  const csrfCookie = setCookie(csrf, '__Host-csrf');
  const { data } = (await csrf.json()) as { data?: { csrf_token?: string } };
  if (csrf.status !== 200 || !csrfCookie || !data?.csrf_token)
    throw new Error(`web sign-in: GET /csrf-token answered ${csrf.status} without a token and its cookie`);
  const grant = await fetch(`${server.url}/api/web/v1/oauth/token`, {
    method: 'POST',
    headers: {
      ...headers,
      'x-csrf-token': data.csrf_token,
      cookie: `__Host-csrf=${encodeURIComponent(csrfCookie)}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'password',
      username: account.phoneNumber,
      password: account.password,
    }),
  });
  const accessToken = setCookie(grant, 'access_token');
  const refreshToken = setCookie(grant, 'refresh_token');
  if (grant.status !== 200 || !accessToken || !refreshToken)
    throw new Error(`web sign-in: the token endpoint answered ${grant.status} ${await grant.text()}`);
  return { accessToken, refreshToken };
}

/**
 * Revokes each token's sign-in (a refresh token revokes its whole family) through the API, and
 * drops the mark a refresh grant leaves on a rotated refresh token (src/auth/tokens.ts keeps
 * `auth:rotated:<sha-256>` for the refresh lifetime, which revocation does not remove).
 */
export async function revokeTokens(server: TestServer, tokens: readonly string[]): Promise<void> {
  const unique = [...new Set(tokens)];
  for (const token of unique) {
    await server.request('/api/android/v1/oauth/revocation', { method: 'POST', json: { token } });
  }
  const rotated = unique.map(
    (token) => `auth:rotated:${createHash('sha256').update(token).digest('base64url')}`,
  );
  if (rotated.length > 0) await server.redis.del(...rotated);
}

/** Deletes every key (one-time codes, cooldowns, rate limits, the code outbox) of these phones. */
export async function forgetPhones(server: TestServer, phones: readonly string[]): Promise<void> {
  const prefix = server.redis.options.keyPrefix ?? '';
  const suffixes = phones.map((phone) => `:${phone}`);
  const mine: string[] = [];
  // KEYS and SCAN patterns ignore ioredis's keyPrefix, and answer the keys with it.
  for await (const keys of server.redis.scanStream({ match: `${prefix}*`, count: 1000 })) {
    for (const key of keys as string[]) {
      if (suffixes.some((suffix) => key.endsWith(suffix))) mine.push(key.slice(prefix.length));
    }
  }
  if (mine.length > 0) await server.redis.del(...mine);
}

/**
 * The OTP rate limit per client address (rate-limiter-flexible, `rl:otp-address:<ip>`, 20 an
 * hour) counts every code asked from 127.0.0.1, the address of every test. Gives back the
 * `requests` this run made, never below zero, so reruns within the hour are not limited.
 */
export async function giveBackOtpRequests(
  server: TestServer,
  requests: number,
  address = '127.0.0.1',
): Promise<void> {
  if (requests <= 0) return;
  await server.redis.eval(
    `local left = tonumber(redis.call('get', KEYS[1]) or '0') - tonumber(ARGV[1])
     if left <= 0 then redis.call('del', KEYS[1]) else redis.call('decrby', KEYS[1], ARGV[1]) end
     return left`,
    1,
    `rl:otp-address:${address}`,
    requests,
  );
}
