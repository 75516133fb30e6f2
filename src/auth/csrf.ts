/**
 * Double-submit CSRF tokens for the web platform (csrf-csrf): the token is an HMAC kept in a
 * `__Host-` cookie (which a subdomain cannot plant) and sent back in `X-CSRF-TOKEN`.
 */
import { doubleCsrf } from 'csrf-csrf';
import type { Request } from 'express';
import type { ResponseCookie } from '../runtime/handler-types.ts';

export interface Csrf {
  /** A new token and the cookie it is checked against, for the handler to send. */
  issue(): { token: string; cookie: ResponseCookie };
  isValid(request: Request): boolean;
}

export const CSRF_COOKIE = '__Host-csrf';

export function createCsrf(secret: string): Csrf {
  const { generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => secret,
    // Not bound to the access token: it rotates every 15 minutes, and the __Host- prefix
    // already stops the cookie tossing that unbound double-submit is open to.
    getSessionIdentifier: () => 'delivery-platform-web',
    cookieName: CSRF_COOKIE,
    cookieOptions: { sameSite: 'strict', secure: true, path: '/', httpOnly: true },
    getCsrfTokenFromRequest: (request) => request.headers['x-csrf-token'],
  });
  return {
    issue() {
      // csrf-csrf reads `cookies` and calls `cookie()` only: the handler sends the cookie itself.
      let value = '';
      const token = generateCsrfToken(
        { cookies: {} } as unknown as Request,
        {
          cookie: (_name: string, cookieValue: string) => {
            value = cookieValue;
          },
        } as unknown as Parameters<typeof generateCsrfToken>[1],
        { overwrite: true },
      );
      return {
        token,
        cookie: { name: CSRF_COOKIE, value, path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
      };
    },
    isValid: (request) => validateRequest(request),
  };
}
