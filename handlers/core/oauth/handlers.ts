/**
 * The token and revocation endpoints (RFC 6749, RFC 7009) and the CSRF token. On web the
 * tokens travel as HttpOnly, Secure, SameSite cookies and are left out of the body.
 */
import type { Response } from 'express';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import type { Csrf } from '../../../src/auth/csrf.ts';
import { ACCESS_TOKEN_COOKIE, cookie, REFRESH_TOKEN_COOKIE } from '../../../src/auth/security.ts';
import type { TokenStore } from '../../../src/auth/tokens.ts';
import { ValidationError } from '../../../src/errors.ts';
import type { OauthServer } from './server.ts';

type OauthHandlers = Pick<CoreHandlers, 'createOauthToken' | 'createOauthRevocation' | 'readCsrfToken'>;

const refreshCookiePath = (platform: string): string => `/api/${platform}/v1/oauth`;

function setTokenCookies(
  response: Response,
  platform: string,
  access: string,
  accessExpires: Date,
  refresh?: string,
  refreshExpires?: Date,
): void {
  const common = { httpOnly: true, secure: true, sameSite: 'strict' } as const;
  response.cookie(ACCESS_TOKEN_COOKIE, access, { ...common, path: '/', expires: accessExpires });
  if (refresh && refreshExpires) {
    response.cookie(REFRESH_TOKEN_COOKIE, refresh, {
      ...common,
      path: refreshCookiePath(platform),
      expires: refreshExpires,
    });
  }
}

export function createOauthHandlers(server: OauthServer, tokens: TokenStore, csrf: Csrf): OauthHandlers {
  return {
    async createOauthToken({ body, path, request, response }) {
      const parameters = Object.fromEntries(
        Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      if (parameters.client_id !== undefined && parameters.client_id !== path.platform) {
        return {
          status: 400,
          body: {
            error: 'invalid_client',
            error_description: `client_id must be the platform of the URL: ${path.platform}`,
          },
        };
      }
      // On web the refresh token is an HttpOnly cookie the page cannot read.
      if (
        path.platform === 'web' &&
        parameters.grant_type === 'refresh_token' &&
        parameters.refresh_token === undefined
      ) {
        const fromCookie = cookie(request.cookies, REFRESH_TOKEN_COOKIE);
        if (fromCookie) parameters.refresh_token = fromCookie;
      }
      const result = await server.token(parameters, path.platform);
      if (result.status === 400) return { status: 400, body: result.body };
      const headers = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
      if (path.platform !== 'web') return { status: 200, body: result.body, headers };
      setTokenCookies(
        response,
        path.platform,
        result.accessToken,
        result.accessTokenExpiresAt,
        result.refreshToken,
        result.refreshTokenExpiresAt,
      );
      const { access_token: _access, refresh_token: _refresh, ...withoutTokens } = result.body;
      return { status: 200, body: withoutTokens, headers };
    },

    async createOauthRevocation({ body, path, request, response }) {
      const token =
        body.token ??
        (path.platform === 'web'
          ? (cookie(request.cookies, REFRESH_TOKEN_COOKIE) ?? cookie(request.cookies, ACCESS_TOKEN_COOKIE))
          : undefined);
      if (token === undefined) throw new ValidationError([{ field: 'token', message: ['is required'] }]);
      const refresh = await tokens.findRefresh(token);
      if (refresh.state !== 'invalid') {
        // Revoking a refresh token ends the sign-in: every token of its family (RFC 7009 2.1).
        await tokens.revokeFamily(refresh.grant.family);
      } else {
        await tokens.revokeAccess(token);
      }
      if (path.platform === 'web') {
        response.clearCookie(ACCESS_TOKEN_COOKIE, { path: '/' });
        response.clearCookie(REFRESH_TOKEN_COOKIE, { path: refreshCookiePath(path.platform) });
      }
      // RFC 7009 2.2: the same answer whether or not the token was valid.
      return { status: 200, body: { message: 'token revoked' } };
    },

    async readCsrfToken({ request, response }) {
      const token = csrf.issue(request, response);
      return { status: 200, body: { data: { csrf_token: token }, message: 'get data csrf token success' } };
    },
  };
}
