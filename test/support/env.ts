/** The configuration every test run uses: its own database and Redis key prefix. */
import { loadConfig, type Config } from '../../src/config.ts';

export const testEnvironment: NodeJS.ProcessEnv = {
  APP_ENV: 'test',
  DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'mysql://delivery:delivery@127.0.0.1:3306/delivery_test',
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
  REDIS_KEY_PREFIX: 'delivery-test:',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  HOST: '127.0.0.1',
  PORT: '0',
  METRICS_PORT: '0',
  // Every test file signs in from loopback, wrong passwords included: only
  // signin-protection.test.ts, which sets its own limit, tests the per-address one.
  SIGNIN_FAILURES_PER_ADDRESS: '100000',
  // Likewise the per-process budget and queue of password checks: tests sign in faster than
  // 10/s, and some sign a crowd in at once (driver-concurrency.test.ts).
  PASSWORD_VERIFY_PER_SECOND: '0',
  PASSWORD_VERIFY_QUEUE: '1000',
};

export function testConfig(overrides: Partial<Config> = {}): Readonly<Config> {
  return loadConfig(testEnvironment, overrides);
}

export const appTokens = testConfig().appTokens;
