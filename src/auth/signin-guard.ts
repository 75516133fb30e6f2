/**
 * What a password sign-in must pass before any hashing: the username has the shape of a phone
 * number (so nothing unbounded reaches a Redis key or argon2), and the client address has not
 * spent its failed sign-ins across all usernames (password spraying). rate-limiter-flexible
 * over Redis (loaded on first use), like the OTP limits and the per-account lock.
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { Redis } from 'ioredis';
import { onFirstUse } from '../deferred.ts';
import { TooManyRequestsError } from '../errors.ts';
import { rateLimiterFlexible } from './rate-limiter.ts';

/** spec/core.yaml `PhoneNumber` (E.164). */
export const PHONE_NUMBER = /^\+[1-9][0-9]{7,14}$/;

/** The window in which an address's failed password sign-ins are counted. */
export const SIGNIN_WINDOW_SECONDS = 900;

export interface SigninGuard {
  /**
   * Counts one sign-in attempt against `clientAddress`; throws 429 when the address has no
   * attempts left. Returns the settlement: call it with `true` when the attempt succeeded or
   * never reached the password check, so only failed passwords stay counted.
   */
  admit(clientAddress: string): Promise<(refund: boolean) => Promise<void>>;
}

/** A bounded key for an address: itself when it is one (at most 45 characters), else a digest. */
export function addressKey(clientAddress: string): string {
  return isIP(clientAddress) ? clientAddress : createHash('sha256').update(clientAddress).digest('hex');
}

/** `failuresPerAddress`: failed password sign-ins an address may make per window. */
export function createSigninGuard(redis: Redis, failuresPerAddress: number): SigninGuard {
  const limiter = onFirstUse(async () => {
    const { RateLimiterRedis, RateLimiterRes } = await rateLimiterFlexible();
    const perAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'rl:signin-address',
      points: failuresPerAddress,
      duration: SIGNIN_WINDOW_SECONDS,
    });
    return { perAddress, RateLimiterRes };
  });
  return {
    async admit(clientAddress) {
      const key = addressKey(clientAddress);
      const { perAddress, RateLimiterRes } = await limiter();
      try {
        // Consumed up front, so a parallel burst cannot overshoot the limit.
        await perAddress.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new TooManyRequestsError(
          `too many failed sign-ins from this address; try again in ${seconds} seconds`,
          seconds,
        );
      }
      return async (refund) => {
        if (refund) await perAddress.reward(key, 1);
      };
    },
  };
}
