/**
 * Security handlers for the schemes the specs declare: `oauth` (access token, SG-08, with
 * scopes as roles) and `csrfToken` (web platform, double submit). The app token is in
 * src/runtime/app-token.ts.
 */
import { AuthFailure, AuthenticationError, ForbiddenError, problems } from '../errors.ts';
import type { SecurityHandler } from '../runtime/contract.ts';
import type { Csrf } from './csrf.ts';
import type { TokenStore } from './tokens.ts';

export const ACCESS_TOKEN_COOKIE = 'access_token';
export const REFRESH_TOKEN_COOKIE = 'refresh_token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A non-empty cookie of the request (cookie-parser's `request.cookies`), or undefined. */
export function cookie(cookies: unknown, name: string): string | undefined {
  const value = (cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function oauthHandler(tokens: TokenStore): SecurityHandler {
  return async ({ request, platform, scopes }) => {
    if ('access_token' in request.query) {
      throw new AuthenticationError(
        AuthFailure.accessTokenMissing,
        'access tokens are accepted only in the Authorization header, never in the URL (SG-08)',
      );
    }
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const token = bearer ?? (platform === 'web' ? cookie(request.cookies, ACCESS_TOKEN_COOKIE) : undefined);
    if (!token) {
      throw new AuthenticationError(
        AuthFailure.accessTokenMissing,
        'access token is missing: send Authorization: Bearer <token>',
      );
    }
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
    const missing = scopes.find((scope) => !granted.includes(scope));
    if (missing) throw new ForbiddenError(`this operation needs the '${missing}' scope`);
    return { accountId: lookup.grant.accountId, role: lookup.grant.role };
  };
}

export function csrfHandler(csrf: Csrf): SecurityHandler {
  return ({ request, platform }) => {
    if (platform !== 'web' || SAFE_METHODS.has(request.method)) return undefined;
    if (!csrf.isValid(request)) {
      throw new AuthenticationError(
        AuthFailure.csrfTokenInvalid,
        'CSRF token is missing or wrong: send X-CSRF-TOKEN from /csrf-token',
      );
    }
    return undefined;
  };
}
