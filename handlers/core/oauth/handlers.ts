/**
 * The token and revocation endpoints (RFC 6749, RFC 7009) and the CSRF token. On web the
 * tokens travel as HttpOnly, Secure, SameSite cookies and are left out of the body.
 */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import type { Csrf } from '../../../src/auth/csrf.ts';
import { ACCESS_TOKEN_COOKIE, REFRESH_TOKEN_COOKIE } from '../../../src/auth/security.ts';
import type { TokenStore } from '../../../src/auth/tokens.ts';
import { OAuthRequestError, problems } from '../../../src/errors.ts';
import type { ResponseCookie } from '../../../src/runtime/handler-types.ts';
import type { OauthServer } from './server.ts';

type OauthHandlers = Pick<CoreHandlers, 'createOauthToken' | 'createOauthRevocation' | 'readCsrfToken'>;

const refreshCookiePath = (platform: string): string => `/api/${platform}/v1/oauth`;
const tokenCookie = { httpOnly: true, secure: true, sameSite: 'strict' } as const;

function tokenCookies(
  platform: string,
  access: string,
  accessExpires: Date,
  refresh?: string,
  refreshExpires?: Date,
): ResponseCookie[] {
  const cookies: ResponseCookie[] = [
    { ...tokenCookie, name: ACCESS_TOKEN_COOKIE, value: access, path: '/', expires: accessExpires },
  ];
  if (refresh && refreshExpires) {
    cookies.push({
      ...tokenCookie,
      name: REFRESH_TOKEN_COOKIE,
      value: refresh,
      path: refreshCookiePath(platform),
      expires: refreshExpires,
    });
  }
  return cookies;
}

export function createOauthHandlers(server: OauthServer, tokens: TokenStore, csrf: Csrf): OauthHandlers {
  return {
    async createOauthToken({ body, path, cookies, clientAddress }) {
      const parameters = Object.fromEntries(
        Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      if (parameters.client_id !== undefined && parameters.client_id !== path.platform) {
        throw new OAuthRequestError(
          'invalid_client',
          `client_id must be the platform of the URL: ${path.platform}`,
        );
      }
      // On web the refresh token is an HttpOnly cookie the page cannot read.
      if (
        path.platform === 'web' &&
        parameters.grant_type === 'refresh_token' &&
        parameters.refresh_token === undefined &&
        cookies.refresh_token
      ) {
        parameters.refresh_token = cookies.refresh_token;
      }
      const result = await server.token(parameters, path.platform, clientAddress);
      if (result.status === 400)
        throw new OAuthRequestError(result.body.error, result.body.error_description);
      const headers = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
      if (path.platform !== 'web') return { status: 200, body: result.body, headers };
      const { access_token: _access, refresh_token: _refresh, ...withoutTokens } = result.body;
      return {
        status: 200,
        body: withoutTokens,
        headers,
        cookies: tokenCookies(
          path.platform,
          result.accessToken,
          result.accessTokenExpiresAt,
          result.refreshToken,
          result.refreshTokenExpiresAt,
        ),
      };
    },

    async createOauthRevocation({ body, path, cookies }) {
      const token =
        body.token ?? (path.platform === 'web' ? (cookies.refresh_token ?? cookies.access_token) : undefined);
      if (token === undefined) throw problems.invalidField('token', 'is required');
      const refresh = await tokens.findRefresh(token);
      if (refresh.state !== 'invalid') {
        // Revoking a refresh token ends the sign-in: every token of its family (RFC 7009 2.1).
        await tokens.revokeFamily(refresh.grant.family);
      } else {
        await tokens.revokeAccess(token);
      }
      // RFC 7009 2.2: the same answer whether or not the token was valid.
      const body200 = { message: 'token revoked' };
      if (path.platform !== 'web') return { status: 200, body: body200 };
      const cleared = (name: string, cookiePath: string): ResponseCookie => ({
        ...tokenCookie,
        name,
        value: '',
        path: cookiePath,
        clear: true,
      });
      return {
        status: 200,
        body: body200,
        cookies: [
          cleared(ACCESS_TOKEN_COOKIE, '/'),
          cleared(REFRESH_TOKEN_COOKIE, refreshCookiePath(path.platform)),
        ],
      };
    },

    async readCsrfToken() {
      const { token, cookie } = csrf.issue();
      return {
        status: 200,
        body: { data: { csrf_token: token }, message: 'get data csrf token success' },
        cookies: [cookie],
      };
    },
  };
}
