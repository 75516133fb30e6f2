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
  productCacheTtlSeconds: {
    doc: 'How long a product read stays in the Redis cache (invalidated on update and delete).',
    format: 'nat',
    default: 300,
    env: 'PRODUCT_CACHE_TTL_SECONDS',
  },
  logLevel: {
    doc: 'pino log level.',
    format: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
    env: 'LOG_LEVEL',
  },
  publicBaseUrl: {
    doc: 'Where clients reach the API (used in the docs page).',
    format: String,
    default: '',
    env: 'PUBLIC_BASE_URL',
  },
};

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
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  redisUrl: string;
  redisKeyPrefix: string;
  appTokens: Record<Platform, string>;
  bodyLimit: string;
  productCacheTtlSeconds: number;
  logLevel: string;
  publicBaseUrl: string;
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
    const defaults = PLATFORMS.filter((platform) => values.appTokens[platform].startsWith('dev-'));
    if (defaults.length > 0) {
      throw new ConfigError(
        `invalid configuration: APP_TOKEN_${defaults[0]?.toUpperCase()} still holds the development default; set a secret token in production`,
      );
    }
  }
  return Object.freeze(values);
}
