/** The authentication layer: tokens, one-time codes, CSRF, and the security handlers in check order. */
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { appTokenHandler } from '../runtime/app-token.ts';
import type { SecurityHandler } from '../runtime/contract.ts';
import { createCsrf, type Csrf } from './csrf.ts';
import { createOtpService, type OtpService } from './otp.ts';
import { recordingOtpSender, webhookOtpSender } from './otp-sender.ts';
import { accessTokenCookieHandler, csrfHandler, oauthHandler } from './security.ts';
import { createTokenStore, type TokenStore } from './tokens.ts';

export interface Auth {
  tokens: TokenStore;
  otp: OtpService;
  csrf: Csrf;
  /** By scheme name of the specs, in the order they are checked (401.1/.2, then .3-.5, then .6). */
  securityHandlers: Readonly<Record<string, SecurityHandler>>;
}

export function createAuth(config: Readonly<Config>, redis: Redis): Auth {
  const tokens = createTokenStore(redis, config.refreshTokenTtlSeconds);
  const sender =
    config.otpSender === 'webhook' ? webhookOtpSender(config.otpWebhookUrl) : recordingOtpSender(redis);
  const otp = createOtpService(redis, sender, config.otpSecret);
  const csrf = createCsrf(config.csrfSecret);
  // One check of X-APP-TOKEN; the specs name it apart on web (docs/platforms.md).
  const appToken = appTokenHandler(config.appTokens);
  return {
    tokens,
    otp,
    csrf,
    securityHandlers: {
      appToken,
      webAppToken: appToken,
      oauth: oauthHandler(tokens),
      accessTokenCookie: accessTokenCookieHandler(tokens),
      csrfToken: csrfHandler(csrf),
    },
  };
}
