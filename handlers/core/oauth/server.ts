/**
 * The OAuth 2 token endpoint on @node-oauth/oauth2-server (RFC 6749): the `password` and
 * `refresh_token` grants, and an OTP extension grant (section 4.5). The library parses the
 * grant and answers in the RFC's format; this model stores opaque tokens in Redis
 * (src/auth/tokens.ts), rotates refresh tokens and revokes a family when a rotated one is
 * replayed. The library is loaded on first use (src/deferred.ts): no request before
 * readiness needs it.
 */
import type OAuth2Server from '@node-oauth/oauth2-server';
import type { components } from '../../../generated/core.ts';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import { deferred, onFirstUse } from '../../../src/deferred.ts';
import { verifyPassword } from '../../../src/auth/passwords.ts';
import { rateLimiterFlexible } from '../../../src/auth/rate-limiter.ts';
import type { OtpService } from '../../../src/auth/otp.ts';
import { PHONE_NUMBER, type SigninGuard } from '../../../src/auth/signin-guard.ts';
import type { VerifyGate } from '../../../src/auth/verify-gate.ts';
import { mintToken, newFamily, type TokenGrant, type TokenStore } from '../../../src/auth/tokens.ts';
import { grantProblem } from '../../../src/runtime/stages/grant-type.ts';
import type { AccountRepository, Role } from '../account/repository.ts';

export const OTP_GRANT = 'urn:delivery-platform:grant-type:otp';
const GRANTS = ['password', 'refresh_token', OTP_GRANT];
/** The grants, for the grant-type check; each grant's parameters are checked by the library. */
const SERVED_GRANTS = new Map(GRANTS.map((grant) => [grant, []]));
const FAILED_LOGINS = { points: 10, durationSeconds: 900 };

const oauth2Server = deferred(async () => (await import('@node-oauth/oauth2-server')).default);

/** The account a grant authenticated, plus the family it continues (refresh) if any. */
interface GrantUser {
  id: number;
  role: Role;
  family?: string;
}

interface GrantClient {
  id: string;
  grants: string[];
}

export interface TokenSuccess {
  status: 200;
  body: {
    access_token: string;
    token_type: 'Bearer';
    expires_in: number;
    refresh_token?: string;
    scope?: string;
  };
  accessToken: string;
  refreshToken?: string;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt?: Date;
}
export type OauthErrorCode = components['schemas']['OauthError']['error'];
export interface TokenFailure {
  status: 400;
  body: { error: OauthErrorCode; error_description: string };
}

function grantFailure(error: OauthErrorCode, description: string): TokenFailure {
  return { status: 400, body: { error, error_description: description } };
}

export interface OauthServer {
  /**
   * Runs the token endpoint on already-parsed parameters for the client (the platform);
   * `clientAddress` is the real client, whose failed password sign-ins are limited.
   */
  token(
    parameters: Record<string, string>,
    clientId: string,
    clientAddress: string,
  ): Promise<TokenSuccess | TokenFailure>;
}

export interface OauthServerOptions {
  accounts: AccountRepository;
  tokens: TokenStore;
  otp: OtpService;
  redis: Redis;
  platforms: readonly string[];
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  log: Logger;
  /** Bounds the argon2 verifications running at once in this process. */
  verifyGate: VerifyGate;
  /** Limits failed password sign-ins per client address. */
  signinGuard: SigninGuard;
}

export function createOauthServer(options: OauthServerOptions): OauthServer {
  const { signinGuard } = options;
  // The library's server with this model, made when the first token request needs it.
  const library = onFirstUse(async () => {
    const [OAuth2Server, { RateLimiterRedis }] = await Promise.all([oauth2Server(), rateLimiterFlexible()]);
    return { OAuth2Server, server: createLibraryServer(options, OAuth2Server, RateLimiterRedis) };
  });

  return {
    async token(parameters, clientId, clientAddress) {
      // RFC 6749 section 5.2, before the library, which asks an unknown grant for client
      // credentials and so answers invalid_client.
      // (The runtime checks the spec's grants first; this keeps the library's answer right on its own.)
      const problem = grantProblem(parameters, SERVED_GRANTS);
      if (problem) return grantFailure(problem.error as OauthErrorCode, problem.message);
      const { OAuth2Server, server } = await library();
      // Password grant: the username's shape is checked before any Redis key or hash is made
      // of it, and the address's attempt is counted (refunded unless the password was wrong).
      let settle: ((refund: boolean) => Promise<void>) | undefined;
      if (parameters.grant_type === 'password' && parameters.username) {
        if (!PHONE_NUMBER.test(parameters.username)) {
          return grantFailure(
            'invalid_request',
            'Invalid parameter: `username` must be a phone number in E.164 form (+62...)',
          );
        }
        settle = await signinGuard.admit(clientAddress);
      }
      // Whatever encoding the client used, the library sees the RFC's form encoding, and the
      // client is the platform of the URL (public clients: no secret).
      const request = new OAuth2Server.Request({
        method: 'POST',
        query: {},
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '1' },
        body: { ...parameters, client_id: clientId },
      });
      const response = new OAuth2Server.Response();
      try {
        const token = (await server.token(request, response)) as {
          accessToken: string;
          accessTokenExpiresAt: Date;
          refreshToken?: string;
          refreshTokenExpiresAt?: Date;
        };
        await settle?.(true);
        return { status: 200, body: response.body as TokenSuccess['body'], ...token };
      } catch (error) {
        if (error instanceof OAuth2Server.OAuthError && error.code < 500) {
          await settle?.(false);
          return {
            status: 400,
            body: { error: error.name as OauthErrorCode, error_description: error.message },
          };
        }
        await settle?.(true).catch(() => undefined);
        throw (error as { inner?: unknown }).inner ?? error;
      }
    },
  };
}

/** The library's server over this model: tokens in Redis, failed sign-ins limited per username. */
function createLibraryServer(
  options: OauthServerOptions,
  OAuth2Server: typeof import('@node-oauth/oauth2-server'),
  RateLimiterRedis: typeof import('rate-limiter-flexible').RateLimiterRedis,
): OAuth2Server {
  const { accounts, tokens, otp, log, verifyGate } = options;
  const failedLogins = new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: 'rl:failed-login',
    points: FAILED_LOGINS.points,
    duration: FAILED_LOGINS.durationSeconds,
  });

  const model = {
    async getClient(clientId: string): Promise<GrantClient | false> {
      return options.platforms.includes(clientId) ? { id: clientId, grants: GRANTS } : false;
    },

    async getUser(username: string, password: string): Promise<GrantUser | false> {
      const blocked = await failedLogins.get(username);
      if (blocked && blocked.consumedPoints >= FAILED_LOGINS.points) {
        const seconds = Math.ceil(blocked.msBeforeNext / 1000);
        throw new OAuth2Server.InvalidGrantError(
          `Invalid grant: too many failed sign-ins; try again in ${seconds} seconds`,
        );
      }
      const account = await accounts.findByPhone(username);
      // Unknown numbers verify a decoy hash: same answer, about the same time.
      const verified = await verifyGate.run(() => verifyPassword(account?.passwordHash, password));
      if (!verified || !account) {
        await failedLogins.penalty(username);
        return false;
      }
      if (!account.phoneVerified) {
        throw new OAuth2Server.InvalidGrantError(
          'the phone number is not verified yet: sign in with the code sent to it',
        );
      }
      await failedLogins.delete(username);
      return { id: account.id, role: account.role };
    },

    async generateAccessToken(): Promise<string> {
      return mintToken('at', new Date(Date.now() + options.accessTokenTtlSeconds * 1000));
    },

    async generateRefreshToken(): Promise<string> {
      return mintToken('rt', new Date(Date.now() + options.refreshTokenTtlSeconds * 1000));
    },

    async validateScope(user: GrantUser, _client: GrantClient, scope?: string[]): Promise<string[] | false> {
      // The scope is the account's role; asking for anything else is invalid_scope.
      if (scope && scope.some((requested) => requested !== user.role)) return false;
      return [user.role];
    },

    async saveToken(
      token: {
        accessToken: string;
        accessTokenExpiresAt: Date;
        refreshToken?: string;
        refreshTokenExpiresAt?: Date;
        scope?: string[];
      },
      client: GrantClient,
      user: GrantUser,
    ) {
      const grant: TokenGrant = {
        accountId: user.id,
        role: user.role,
        scope: (token.scope ?? [user.role]).join(' '),
        family: user.family ?? newFamily(),
        clientId: client.id,
      };
      await tokens.saveAccess(token.accessToken, grant, token.accessTokenExpiresAt);
      if (token.refreshToken && token.refreshTokenExpiresAt) {
        await tokens.saveRefresh(token.refreshToken, grant, token.refreshTokenExpiresAt);
      }
      // Checked after saving: a deletion that committed before this read is seen here, and one
      // that commits after it revokes these tokens with the account's other sign-ins.
      if (!(await accounts.findById(user.id))) {
        await tokens.revokeFamily(grant.family);
        throw new OAuth2Server.InvalidGrantError('Invalid grant: the account was deleted');
      }
      return { ...token, scope: grant.scope.split(' '), client, user };
    },

    async getRefreshToken(refreshToken: string) {
      const lookup = await tokens.findRefresh(refreshToken);
      if (lookup.state === 'rotated') {
        // A rotated token came back: someone holds a copy. Revoke every token of the sign-in.
        log.warn({ account: lookup.grant.accountId }, 'rotated refresh token replayed; revoking its family');
        await tokens.revokeFamily(lookup.grant.family);
        return false;
      }
      if (lookup.state === 'invalid') return false;
      const { grant } = lookup;
      return {
        refreshToken,
        refreshTokenExpiresAt: lookup.expiresAt,
        scope: grant.scope.split(' '),
        client: { id: grant.clientId, grants: GRANTS },
        user: { id: grant.accountId, role: grant.role, family: grant.family } satisfies GrantUser,
      };
    },

    async revokeToken(token: { refreshToken: string; user: GrantUser }): Promise<boolean> {
      if (await tokens.markRotated(token.refreshToken)) return true;
      // Lost a race with another refresh of the same token: treat it as a replay.
      if (token.user.family) await tokens.revokeFamily(token.user.family);
      return false;
    },

    /** `password`: on the phone's first verification, keeps the registration's password if it matches. */
    async verifyOtp(phoneNumber: string, code: string, password: string | undefined): Promise<GrantUser> {
      const verdict = await otp.verify(phoneNumber, code);
      const reasons = {
        wrong: 'Invalid grant: the code is wrong',
        expired:
          'Invalid grant: no code is pending for this number, or it expired; ask for a new one at /otp',
        locked: 'Invalid grant: too many wrong codes; ask for a new code in 15 minutes',
      } as const;
      if (verdict !== 'ok') throw new OAuth2Server.InvalidGrantError(reasons[verdict]);
      const account = await accounts.findByPhone(phoneNumber);
      if (!account) throw new OAuth2Server.InvalidGrantError(reasons.expired);
      if (!account.phoneVerified) {
        // Whoever registered may not be the phone's owner: their password survives only if
        // the owner (who holds the code) also knows it (docs/accounts.md).
        const confirmed =
          password !== undefined && account.passwordHash !== undefined
            ? await verifyPassword(account.passwordHash, password)
            : false;
        await accounts.verifyPhone(account.id, confirmed ? account.passwordHash : undefined);
      }
      return { id: account.id, role: account.role };
    },
  };

  /** RFC 6749 section 4.5 extension grant: phone number and one-time code. */
  class OtpGrantType extends OAuth2Server.AbstractGrantType {
    override async handle(
      request: OAuth2Server.Request,
      client: OAuth2Server.Client,
    ): Promise<OAuth2Server.Token> {
      const body = request.body as Record<string, unknown>;
      if (typeof body.phone_number !== 'string' || body.phone_number === '') {
        throw new OAuth2Server.InvalidRequestError('Missing parameter: `phone_number`');
      }
      if (typeof body.otp !== 'string' || body.otp === '') {
        throw new OAuth2Server.InvalidRequestError('Missing parameter: `otp`');
      }
      const password = typeof body.password === 'string' ? body.password : undefined;
      const user = await model.verifyOtp(body.phone_number, body.otp, password);
      const scope = (await this.validateScope(user, client, this.getScope(request))) || [user.role];
      const saved = await model.saveToken(
        {
          accessToken: await this.generateAccessToken(client, user, scope),
          accessTokenExpiresAt: this.getAccessTokenExpiresAt(),
          refreshToken: await this.generateRefreshToken(client, user, scope),
          refreshTokenExpiresAt: this.getRefreshTokenExpiresAt(),
          scope,
        },
        { id: client.id, grants: GRANTS },
        user,
      );
      return saved;
    }
  }

  const server = new OAuth2Server({
    model: model as unknown as OAuth2Server.PasswordModel,
    accessTokenLifetime: options.accessTokenTtlSeconds,
    refreshTokenLifetime: options.refreshTokenTtlSeconds,
    requireClientAuthentication: { password: false, refresh_token: false, [OTP_GRANT]: false },
    alwaysIssueNewRefreshToken: true,
    extendedGrantTypes: { [OTP_GRANT]: OtpGrantType as unknown as typeof OAuth2Server.AbstractGrantType },
  });

  return server;
}
