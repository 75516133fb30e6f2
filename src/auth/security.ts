/**
 * Security handlers for the schemes the specs declare: `oauth` (bearer access token, android
 * and ios, SG-08, with scopes as roles), `accessTokenCookie` (the same token in a cookie, web)
 * and `csrfToken` (web, double submit). The app token is in
 * src/runtime/app-token.ts.
 */
import type { Request } from 'express';
import { AuthFailure, AuthenticationError, ForbiddenError, problems } from '../errors.ts';
import type { SecurityHandler } from '../runtime/contract.ts';
import type { Csrf } from './csrf.ts';
import type { TokenStore } from './tokens.ts';

export const ACCESS_TOKEN_COOKIE = 'access_token';
export const REFRESH_TOKEN_COOKIE = 'refresh_token';

/** A non-empty cookie of the request (cookie-parser's `request.cookies`), or undefined. */
export function cookie(cookies: unknown, name: string): string | undefined {
  const value = (cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Checks an access token against the operation's scopes; `missing` says how to send one when
 * there is none. The token must have been issued on this platform.
 */
function accessTokenCheck(
  tokens: TokenStore,
  presented: (request: Request) => string | undefined,
  missing: string,
): SecurityHandler {
  return async ({ request, platform, scopes }) => {
    if ('access_token' in request.query) {
      throw new AuthenticationError(
        AuthFailure.accessTokenMissing,
        'access tokens are accepted only in the Authorization header, never in the URL (SG-08)',
      );
    }
    const token = presented(request);
    if (!token)
      throw new AuthenticationError(AuthFailure.accessTokenMissing, `access token is missing: ${missing}`);
    const lookup = await tokens.findAccess(token);
    if (lookup.state === 'expired') {
      throw new AuthenticationError(
        AuthFailure.accessTokenExpired,
        'access token expired: refresh it at /oauth/token',
      );
    }
    if (lookup.state === 'invalid' || lookup.grant.clientId !== platform) {
      throw problems.tokenRevoked();
    }
    const granted = lookup.grant.scope.split(' ');
    const absent = scopes.find((scope) => !granted.includes(scope));
    if (absent) throw new ForbiddenError(`this operation needs the '${absent}' scope`);
    return { accountId: lookup.grant.accountId, role: lookup.grant.role };
  };
}

/** The `oauth` scheme (android, ios): the access token in `Authorization: Bearer`. */
export function oauthHandler(tokens: TokenStore): SecurityHandler {
  return accessTokenCheck(
    tokens,
    (request) => {
      const header = request.headers.authorization;
      return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    },
    'send Authorization: Bearer <token>',
  );
}

/**
 * The `accessTokenCookie` scheme (web): the access token in its HttpOnly cookie, with the scopes
 * the operation lists for `oauth` (the generator copies them, `x-scopes-of`).
 */
export function accessTokenCookieHandler(tokens: TokenStore): SecurityHandler {
  return accessTokenCheck(
    tokens,
    (request) => cookie(request.cookies, ACCESS_TOKEN_COOKIE),
    `sign in to get the ${ACCESS_TOKEN_COOKIE} cookie`,
  );
}

/** The `csrfToken` scheme (web, on state-changing operations only, as the spec lists it). */
export function csrfHandler(csrf: Csrf): SecurityHandler {
  return ({ request }) => {
    if (!csrf.isValid(request)) {
      throw new AuthenticationError(
        AuthFailure.csrfTokenInvalid,
        'CSRF token is missing or wrong: send X-CSRF-TOKEN from /csrf-token',
      );
    }
    return undefined;
  };
}
