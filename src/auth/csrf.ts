/**
 * Double-submit CSRF tokens for the web platform (csrf-csrf): the token is an HMAC kept in a
 * `__Host-` cookie (which a subdomain cannot plant) and sent back in `X-CSRF-TOKEN`.
 */
import { doubleCsrf } from 'csrf-csrf';
import type { Request, Response } from 'express';

export interface Csrf {
  issue(request: Request, response: Response): string;
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
    issue: (request, response) => generateCsrfToken(request, response, { overwrite: true }),
    isValid: (request) => validateRequest(request),
  };
}
