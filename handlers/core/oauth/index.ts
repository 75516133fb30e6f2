/** The OAuth 2 area: token and revocation endpoints, CSRF tokens. */
export { createOauthHandlers } from './handlers.ts';
export { createOauthServer, OTP_GRANT, type OauthServer } from './server.ts';
