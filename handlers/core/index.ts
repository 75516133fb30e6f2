/** The core service's handler table: every operationId of spec/core.yaml, typed by generated/. */
import type { Redis } from 'ioredis';
import type { Pool } from 'mysql2/promise';
import type { Logger } from 'pino';
import type { CoreHandlers } from '../../generated/core.operations.ts';
import type { Auth } from '../../src/auth/index.ts';
import { platforms, type Config } from '../../src/config.ts';
import { createSigninGuard } from '../../src/auth/signin-guard.ts';
import { createVerifyGate } from '../../src/auth/verify-gate.ts';
import type { ServiceSummary } from '../../src/runtime/catalogue.ts';
import { createDriverProfileRepository } from '../driver/profile/index.ts';
import {
  createAccountHandlers,
  createAccountRepository,
  createDeletionHandlers,
  createPasswordHandlers,
} from './account/index.ts';
import { createDiscoveryHandlers } from './discovery/index.ts';
import { createGeographyHandlers, createGeographyRepository } from './geography/index.ts';
import { createOauthHandlers, createOauthServer } from './oauth/index.ts';
import { createProductHandlers, createProductRepository } from './product/index.ts';

export interface CoreDependencies {
  pool: Pool;
  redis: Redis;
  config: Readonly<Config>;
  auth: Auth;
  log: Logger;
  services: readonly ServiceSummary[];
}

export function createCoreHandlers({
  pool,
  redis,
  config,
  auth,
  log,
  services,
}: CoreDependencies): CoreHandlers {
  const accounts = createAccountRepository(pool);
  const oauthServer = createOauthServer({
    accounts,
    tokens: auth.tokens,
    otp: auth.otp,
    redis,
    platforms,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    log,
    verifyGate: createVerifyGate({
      concurrency: config.passwordVerifyConcurrency,
      queue: config.passwordVerifyQueue,
      perSecond: config.passwordVerifyPerSecond,
    }),
    signinGuard: createSigninGuard(redis, config.signinFailuresPerAddress),
  });
  return {
    ...createProductHandlers(createProductRepository(pool, redis, config.productCacheTtlSeconds)),
    ...createGeographyHandlers(createGeographyRepository(pool)),
    ...createAccountHandlers(accounts, auth.otp),
    ...createPasswordHandlers(accounts, auth.otp, auth.tokens),
    // A deleted driver's last location is personal data: it goes with the account.
    ...createDeletionHandlers(accounts, auth.tokens, (driverId) =>
      createDriverProfileRepository(pool, redis).forgetLocation(driverId),
    ),
    ...createOauthHandlers(oauthServer, auth.tokens, auth.csrf),
    ...createDiscoveryHandlers(services, platforms),
  };
}
