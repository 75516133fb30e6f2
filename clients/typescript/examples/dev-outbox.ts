/**
 * Development only: the one-time code that `npm start` "sent" to a phone. Outside production
 * the server's recording sender keeps each SMS in Redis instead of sending it
 * (src/auth/otp-sender.ts); this reads it with the server's own REDIS_URL and REDIS_KEY_PREFIX.
 * A real app reads the SMS; nothing here belongs in one.
 */
import { Redis } from 'ioredis';
import { lastRecordedMessage } from '../../../src/auth/otp-sender.ts';
import { loadConfig } from '../../../src/config.ts';

export async function codeSentTo(phoneNumber: string): Promise<string> {
  const { redisUrl, redisKeyPrefix } = loadConfig();
  const redis = new Redis(redisUrl, {
    keyPrefix: redisKeyPrefix,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    const message = await lastRecordedMessage(redis, phoneNumber);
    const code = /\b(\d{6})\b/.exec(message ?? '')?.[1];
    if (!code)
      throw new Error(`no code was sent to ${phoneNumber} (is the server's OTP_SENDER 'recording'?)`);
    return code;
  } finally {
    redis.disconnect();
  }
}
