/**
 * Configuration: one schema, every key documented with its default and environment
 * variable, validated at start-up (fails fast naming the key), then frozen.
 */
import convict from 'convict';

const PLATFORMS = ['android', 'ios', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

const schema = {
  env: {
    doc: 'Environment: `trace` appears in 500 bodies everywhere but production (SG-25).',
    format: ['development', 'test', 'staging', 'production'],
    default: 'development',
    env: 'APP_ENV',
  },
  services: {
    doc: 'Comma-separated services this process serves (core, user, driver); empty serves all of them on one port, with the URLs the gateway exposes.',
    format: String,
    default: '',
    env: 'SERVICES',
  },
  host: { doc: 'Address the HTTP server binds.', format: String, default: '127.0.0.1', env: 'HOST' },
  port: {
    doc: 'Port the HTTP server listens on (0 picks a free one).',
    format: 'port',
    default: 8080,
    env: 'PORT',
  },
  databaseUrl: {
    doc: 'MySQL/MariaDB URL of the project database (its own user, not root).',
    format: String,
    default: 'mysql://delivery:delivery@127.0.0.1:3306/delivery',
    env: 'DATABASE_URL',
    sensitive: true,
  },
  databasePoolSize: {
    doc: 'Connections in the MySQL pool.',
    format: 'nat',
    default: 10,
    env: 'DATABASE_POOL_SIZE',
  },
  databaseConnectTimeoutMs: {
    doc: 'Longest wait for a new MySQL connection (TCP and handshake); a frozen server fails within it.',
    format: 'nat',
    default: 400,
    env: 'DATABASE_CONNECT_TIMEOUT_MS',
  },
  databaseAcquireTimeoutMs: {
    doc: 'Longest wait for a pooled MySQL connection (queue or new connection) before answering 503.',
    format: 'nat',
    default: 400,
    env: 'DATABASE_ACQUIRE_TIMEOUT_MS',
  },
  databaseQueryTimeoutMs: {
    doc: 'Longest a single SQL statement may run (mysql2 `timeout`); SG-11 budgets 250-400 ms for a whole response.',
    format: 'nat',
    default: 500,
    env: 'DATABASE_QUERY_TIMEOUT_MS',
  },
  databaseQueueLimit: {
    doc: 'Requests that may wait for a pooled MySQL connection; beyond it they answer 503 at once.',
    format: 'nat',
    default: 100,
    env: 'DATABASE_QUEUE_LIMIT',
  },
  redisUrl: {
    doc: 'Redis URL.',
    format: String,
    default: 'redis://127.0.0.1:6379/0',
    env: 'REDIS_URL',
    sensitive: true,
  },
  redisKeyPrefix: {
    doc: 'Prefix of every Redis key, so several environments can share one Redis.',
    format: String,
    default: 'delivery:',
    env: 'REDIS_KEY_PREFIX',
  },
  redisConnectTimeoutMs: {
    doc: 'Longest wait for a Redis connection before it is retried in the background.',
    format: 'nat',
    default: 400,
    env: 'REDIS_CONNECT_TIMEOUT_MS',
  },
  redisCommandTimeoutMs: {
    doc: 'Longest a Redis command may take (ioredis `commandTimeout`); a frozen Redis fails within it.',
    format: 'nat',
    default: 400,
    env: 'REDIS_COMMAND_TIMEOUT_MS',
  },
  breakerErrorPercent: {
    doc: 'Share of failed calls to MySQL or Redis (in a 10 s window) that opens its breaker, so calls fail at once.',
    format: 'nat',
    default: 50,
    env: 'BREAKER_ERROR_PERCENT',
  },
  breakerVolumeThreshold: {
    doc: 'Calls in the window before a breaker may open (fewer never open it).',
    format: 'nat',
    default: 5,
    env: 'BREAKER_VOLUME_THRESHOLD',
  },
  breakerResetMs: {
    doc: 'How long an open breaker fails fast before letting one trial call through (half-open); also the 503 Retry-After, rounded up to seconds.',
    format: 'nat',
    default: 2000,
    env: 'BREAKER_RESET_MS',
  },
  shutdownTimeoutMs: {
    doc: 'On SIGTERM: longest wait for in-flight requests before every connection is closed and the process exits.',
    format: 'nat',
    default: 10_000,
    env: 'SHUTDOWN_TIMEOUT_MS',
  },
  shutdownUnreadyMs: {
    doc: "On SIGTERM: how long /readyz answers 503 before the listener closes, so the gateway's health check takes the replica out first (HAProxy here checks every 2 s and needs 2 failures: 4500 in that shape). Counts toward SHUTDOWN_TIMEOUT_MS.",
    format: 'nat',
    default: 1000,
    env: 'SHUTDOWN_UNREADY_MS',
  },
  trustProxy: {
    doc: "Express `trust proxy`: which peers may set X-Forwarded-For (the gateway's addresses): 'loopback' (HAProxy on the same host), a comma-separated list of addresses or CIDRs ('loopback, 10.0.0.0/8'), a hop count, or 'false'.",
    format: String,
    default: 'loopback',
    env: 'TRUST_PROXY',
  },
  appTokens: {
    android: {
      doc: 'X-APP-TOKEN of the android app (SG-07).',
      format: 'app-token',
      default: 'dev-android-app-token-0000000000000000',
      env: 'APP_TOKEN_ANDROID',
      sensitive: true,
    },
    ios: {
      doc: 'X-APP-TOKEN of the iOS app (SG-07).',
      format: 'app-token',
      default: 'dev-ios-app-token-00000000000000000000',
      env: 'APP_TOKEN_IOS',
      sensitive: true,
    },
    web: {
      doc: 'X-APP-TOKEN of the web app (SG-07).',
      format: 'app-token',
      default: 'dev-web-app-token-00000000000000000000',
      env: 'APP_TOKEN_WEB',
      sensitive: true,
    },
  },
  bodyLimit: { doc: 'Largest accepted request body.', format: String, default: '100kb', env: 'BODY_LIMIT' },
  passwordVerifyConcurrency: {
    doc: 'argon2 password verifications running at once per process (the password grant); keep it below UV_THREADPOOL_SIZE (4 by default) so the libuv pool keeps threads for other work, and at most the cores.',
    format: 'positive-int',
    default: 2,
    env: 'PASSWORD_VERIFY_CONCURRENCY',
  },
  passwordVerifyQueue: {
    doc: 'Password verifications that may wait for a slot; beyond it the token request answers 503 with Retry-After at once.',
    format: 'nat',
    default: 16,
    env: 'PASSWORD_VERIFY_QUEUE',
  },
  passwordVerifyPerSecond: {
    doc: 'argon2 password verifications that may start per second per process (0: no budget); beyond it the token request answers 503 with Retry-After. Each takes ~26 ms of a core here, so 10/s keeps a distributed wrong-password flood to about an eighth of a 2-core machine.',
    format: 'nat',
    default: 10,
    env: 'PASSWORD_VERIFY_PER_SECOND',
  },
  signinFailuresPerAddress: {
    doc: 'Failed password sign-ins one client address may make in 15 minutes, whatever the usernames (password spraying); then the token endpoint answers 429 with Retry-After. Successful sign-ins do not count.',
    format: 'positive-int',
    default: 30,
    env: 'SIGNIN_FAILURES_PER_ADDRESS',
  },
  productCacheTtlSeconds: {
    doc: 'How long a product read stays in the Redis cache (invalidated on update and delete).',
    format: 'nat',
    default: 300,
    env: 'PRODUCT_CACHE_TTL_SECONDS',
  },
  accessTokenTtlSeconds: {
    doc: 'Lifetime of an OAuth 2 access token (at least 2 s: expires_in is whole seconds and never 0).',
    format: 'ttl-seconds',
    default: 900,
    env: 'ACCESS_TOKEN_TTL_SECONDS',
  },
  refreshTokenTtlSeconds: {
    doc: 'Lifetime of a refresh token (they rotate on every use).',
    format: 'nat',
    default: 30 * 24 * 3600,
    env: 'REFRESH_TOKEN_TTL_SECONDS',
  },
  driverLocationMaxAgeSeconds: {
    doc: 'Oldest driver location that still counts (seconds): a driver whose last location is older gets no delivery offers until they send a fresh one.',
    format: 'positive-int',
    default: 300,
    env: 'DRIVER_LOCATION_MAX_AGE_SECONDS',
  },
  addressLimitPerUser: {
    doc: 'Saved addresses a user may have at once (deleted ones do not count); beyond it creating one answers 422.',
    format: 'positive-int',
    default: 20,
    env: 'ADDRESS_LIMIT_PER_USER',
  },
  otpSecret: {
    doc: 'HMAC key for one-time codes at rest in Redis.',
    format: 'secret',
    default: 'dev-otp-secret-0000000000000000000000',
    env: 'OTP_SECRET',
    sensitive: true,
  },
  otpSender: {
    doc: "How one-time codes leave: 'recording' keeps them in Redis for development and tests; 'webhook' POSTs them to OTP_WEBHOOK_URL (the SMS gateway).",
    format: ['recording', 'webhook'],
    default: 'recording',
    env: 'OTP_SENDER',
  },
  otpWebhookUrl: {
    doc: 'SMS gateway endpoint for the webhook sender.',
    format: String,
    default: '',
    env: 'OTP_WEBHOOK_URL',
  },
  csrfSecret: {
    doc: 'HMAC key of the double-submit CSRF tokens (web platform).',
    format: 'secret',
    default: 'dev-csrf-secret-000000000000000000000',
    env: 'CSRF_SECRET',
    sensitive: true,
  },
  corsOrigins: {
    doc: 'Comma-separated origins allowed to call the API from a browser (empty: none).',
    format: String,
    default: '',
    env: 'CORS_ORIGINS',
  },
  logLevel: {
    doc: 'pino log level: `info` logs 4xx and 5xx request lines, `debug` every request line.',
    format: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
    env: 'LOG_LEVEL',
  },
  logPretty: {
    doc: 'Human-readable coloured logs (pino-pretty) instead of JSON lines; for development only.',
    format: Boolean,
    default: false,
    env: 'LOG_PRETTY',
  },
  metricsEnabled: {
    doc: 'Collect Prometheus metrics and serve them on METRICS_PORT (false: no metrics code on the request path, e.g. to measure their cost).',
    format: Boolean,
    default: true,
    env: 'METRICS_ENABLED',
  },
  metricsPort: {
    doc: 'Port of `GET /metrics`, apart from the API port so the public gateway never exposes it (0 picks a free one).',
    format: 'port',
    default: 9464,
    env: 'METRICS_PORT',
  },
};

convict.addFormat({
  name: 'ttl-seconds',
  validate(value: unknown) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 2)
      throw new Error('must be a whole number of seconds, at least 2');
  },
  coerce: (value: string) => Number(value),
});

convict.addFormat({
  name: 'positive-int',
  validate(value: unknown) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      throw new Error('must be a whole number, at least 1');
  },
  coerce: (value: string) => Number(value),
});

convict.addFormat({
  name: 'secret',
  validate(value: unknown) {
    if (typeof value !== 'string' || value.length < 32)
      throw new Error('must be a string of at least 32 characters');
  },
});

convict.addFormat({
  name: 'app-token',
  validate(value: unknown) {
    if (typeof value !== 'string' || value.length < 16) {
      throw new Error('must be a string of at least 16 characters');
    }
  },
});

export interface Config {
  env: 'development' | 'test' | 'staging' | 'production';
  services: string;
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  databaseConnectTimeoutMs: number;
  databaseAcquireTimeoutMs: number;
  databaseQueryTimeoutMs: number;
  databaseQueueLimit: number;
  redisUrl: string;
  redisKeyPrefix: string;
  redisConnectTimeoutMs: number;
  redisCommandTimeoutMs: number;
  breakerErrorPercent: number;
  breakerVolumeThreshold: number;
  breakerResetMs: number;
  shutdownTimeoutMs: number;
  shutdownUnreadyMs: number;
  trustProxy: string;
  appTokens: Record<Platform, string>;
  bodyLimit: string;
  passwordVerifyConcurrency: number;
  passwordVerifyQueue: number;
  passwordVerifyPerSecond: number;
  signinFailuresPerAddress: number;
  productCacheTtlSeconds: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  driverLocationMaxAgeSeconds: number;
  addressLimitPerUser: number;
  otpSecret: string;
  otpSender: 'recording' | 'webhook';
  otpWebhookUrl: string;
  csrfSecret: string;
  corsOrigins: string;
  logLevel: string;
  logPretty: boolean;
  metricsEnabled: boolean;
  metricsPort: number;
}

export const platforms: readonly Platform[] = PLATFORMS;

function envVariableOf(key: string): string | undefined {
  const node = key
    .split('.')
    .reduce<unknown>((entry, part) => (entry as Record<string, unknown> | undefined)?.[part], schema);
  return (node as { env?: string } | undefined)?.env;
}

/** Thrown when the environment holds a bad value; the message names each bad variable. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from `env` (default: the process environment). */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Config> = {},
): Readonly<Config> {
  const config = convict(schema, { env, args: [] });
  try {
    config.validate({ allowed: 'strict' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // convict names the key; people set the environment variable, so name that too.
    const named = detail
      .split('\n')
      .map((line) =>
        line.replace(/^([\w.]+):/, (match, key: string) => `${key} (${envVariableOf(key) ?? '?'}):`),
      )
      .join('\n');
    throw new ConfigError(`invalid configuration:\n${named}`);
  }
  const values = { ...(config.getProperties() as Config), ...overrides };
  if (values.env === 'production') {
    const defaults = [
      ...PLATFORMS.filter((platform) => values.appTokens[platform].startsWith('dev-')).map(
        (platform) => `APP_TOKEN_${platform.toUpperCase()}`,
      ),
      ...(values.otpSecret.startsWith('dev-') ? ['OTP_SECRET'] : []),
      ...(values.csrfSecret.startsWith('dev-') ? ['CSRF_SECRET'] : []),
    ];
    if (defaults.length > 0) {
      throw new ConfigError(
        `invalid configuration: ${defaults.join(', ')} still hold${defaults.length === 1 ? 's' : ''} the development default; set secrets in production`,
      );
    }
    if (values.otpSender === 'recording') {
      throw new ConfigError(
        "invalid configuration: OTP_SENDER=recording keeps codes in Redis; use 'webhook' in production",
      );
    }
  }
  if (values.otpSender === 'webhook' && !URL.canParse(values.otpWebhookUrl)) {
    throw new ConfigError(
      `invalid configuration: OTP_WEBHOOK_URL must be the SMS gateway's URL when OTP_SENDER=webhook (got '${values.otpWebhookUrl}')`,
    );
  }
  return Object.freeze(values);
}

/** TRUST_PROXY as express's `trust proxy` takes it: a hop count, true/false, or addresses. */
export function trustProxySetting(value: string): boolean | number | string {
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}
