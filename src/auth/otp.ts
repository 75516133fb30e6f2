/**
 * One-time codes: 6 digits, kept as an HMAC in Redis for 5 minutes, 5 tries then locked for
 * 15 minutes, one code per minute per phone, and rate limits per phone and per client
 * address (rate-limiter-flexible over Redis, loaded on first use).
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { onFirstUse } from '../deferred.ts';
import { DependencyUnavailableError, TooManyRequestsError } from '../errors.ts';
import { rateLimiterFlexible } from './rate-limiter.ts';
import type { OtpSender } from './otp-sender.ts';

export const OTP_POLICY = {
  digits: 6,
  ttlSeconds: 300,
  maxAttempts: 5,
  lockSeconds: 900,
  cooldownSeconds: 60,
  perPhonePerHour: 5,
  perAddressPerHour: 20,
  /** Retry-After when the SMS sender failed. */
  senderRetrySeconds: 30,
} as const;

export type OtpVerdict = 'ok' | 'wrong' | 'expired' | 'locked';

export interface OtpService {
  /**
   * Admits a request for a code: the limits per client address and per phone and the
   * one-minute cooldown, or a 429. Nothing is sent yet.
   */
  admit(phoneNumber: string, clientAddress: string): Promise<void>;
  /**
   * Sends a new code to an admitted phone number. When the sender fails, no code is left
   * pending and a 503 (DependencyUnavailableError) is thrown.
   */
  issue(phoneNumber: string): Promise<void>;
  /** Gives back what `admit` took (cooldown and one request of each limit): nothing was sent. */
  giveBack(phoneNumber: string, clientAddress: string): Promise<void>;
  verify(phoneNumber: string, code: string): Promise<OtpVerdict>;
}

const key = {
  code: (phone: string) => `otp:code:${phone}`,
  attempts: (phone: string) => `otp:attempts:${phone}`,
  lock: (phone: string) => `otp:lock:${phone}`,
  cooldown: (phone: string) => `otp:cooldown:${phone}`,
};

function tooMany(what: string, retry: RateLimiterRes | number): TooManyRequestsError {
  const seconds = typeof retry === 'number' ? retry : Math.max(1, Math.ceil(retry.msBeforeNext / 1000));
  return new TooManyRequestsError(`${what}; try again in ${seconds} seconds`, seconds);
}

export function createOtpService(redis: Redis, sender: OtpSender, secret: string): OtpService {
  const digest = (phone: string, code: string): Buffer =>
    createHmac('sha256', secret).update(`${phone}:${code}`).digest();
  const limiters = onFirstUse(async () => {
    const { RateLimiterRedis, RateLimiterRes } = await rateLimiterFlexible();
    return {
      RateLimiterRes,
      perPhone: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: 'rl:otp-phone',
        points: OTP_POLICY.perPhonePerHour,
        duration: 3600,
      }),
      perAddress: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: 'rl:otp-address',
        points: OTP_POLICY.perAddressPerHour,
        duration: 3600,
      }),
    };
  });

  async function consume(limiter: 'perPhone' | 'perAddress', id: string, what: string): Promise<void> {
    const loaded = await limiters();
    try {
      await loaded[limiter].consume(id);
    } catch (rejection) {
      if (rejection instanceof loaded.RateLimiterRes) throw tooMany(what, rejection);
      throw rejection;
    }
  }

  return {
    async admit(phoneNumber, clientAddress) {
      await consume('perAddress', clientAddress, 'too many codes asked from this address');
      await consume('perPhone', phoneNumber, 'too many codes asked for this phone number');
      const cooling = await redis.set(key.cooldown(phoneNumber), '1', 'EX', OTP_POLICY.cooldownSeconds, 'NX');
      if (cooling !== 'OK') {
        throw tooMany(
          'a code was sent less than a minute ago',
          Math.max(1, await redis.ttl(key.cooldown(phoneNumber))),
        );
      }
    },

    async issue(phoneNumber) {
      const code = String(randomInt(0, 10 ** OTP_POLICY.digits)).padStart(OTP_POLICY.digits, '0');
      await redis
        .multi()
        .set(key.code(phoneNumber), digest(phoneNumber, code).toString('base64'), 'EX', OTP_POLICY.ttlSeconds)
        .del(key.attempts(phoneNumber))
        .exec();
      try {
        await sender.send(phoneNumber, `Your delivery platform code is ${code}. It expires in 5 minutes.`);
      } catch (error) {
        await redis.del(key.code(phoneNumber));
        throw new DependencyUnavailableError('SMS sender', OTP_POLICY.senderRetrySeconds, { cause: error });
      }
    },

    async giveBack(phoneNumber, clientAddress) {
      await redis.del(key.cooldown(phoneNumber));
      const { perAddress, perPhone } = await limiters();
      await perAddress.reward(clientAddress);
      await perPhone.reward(phoneNumber);
    },

    async verify(phoneNumber, code) {
      if ((await redis.exists(key.lock(phoneNumber))) === 1) return 'locked';
      const stored = await redis.get(key.code(phoneNumber));
      if (stored === null) return 'expired';
      const presented = digest(phoneNumber, code);
      if (/^\d{6}$/.test(code) && timingSafeEqual(presented, Buffer.from(stored, 'base64'))) {
        await redis.del(key.code(phoneNumber), key.attempts(phoneNumber));
        return 'ok';
      }
      const attempts = await redis
        .multi()
        .incr(key.attempts(phoneNumber))
        .expire(key.attempts(phoneNumber), OTP_POLICY.ttlSeconds)
        .exec();
      const count = Number(attempts?.[0]?.[1] ?? OTP_POLICY.maxAttempts);
      if (count >= OTP_POLICY.maxAttempts) {
        await redis
          .multi()
          .del(key.code(phoneNumber), key.attempts(phoneNumber))
          .set(key.lock(phoneNumber), '1', 'EX', OTP_POLICY.lockSeconds)
          .exec();
        return 'locked';
      }
      return 'wrong';
    },
  };
}
