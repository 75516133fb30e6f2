/**
 * Where one-time codes go. Development and tests use the recording sender, which keeps the
 * last messages per phone in Redis where tests read them (never through the public API);
 * production uses the webhook sender towards the SMS gateway.
 */
import type { Redis } from 'ioredis';

export interface OtpSender {
  send(phoneNumber: string, message: string): Promise<void>;
}

const outboxKey = (phoneNumber: string): string => `otp-outbox:${phoneNumber}`;

export function recordingOtpSender(redis: Redis): OtpSender {
  return {
    async send(phoneNumber, message) {
      await redis
        .multi()
        .lpush(outboxKey(phoneNumber), message)
        .ltrim(outboxKey(phoneNumber), 0, 9)
        .expire(outboxKey(phoneNumber), 3600)
        .exec();
    },
  };
}

/** The newest message the recording sender kept for a phone (tests and local development). */
export async function lastRecordedMessage(redis: Redis, phoneNumber: string): Promise<string | undefined> {
  return (await redis.lindex(outboxKey(phoneNumber), 0)) ?? undefined;
}

export function webhookOtpSender(url: string): OtpSender {
  if (!URL.canParse(url))
    throw new Error(`OTP_WEBHOOK_URL must be a URL to send codes through, got '${url}'`);
  return {
    async send(phoneNumber, message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone_number: phoneNumber, message }),
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
