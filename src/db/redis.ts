/**
 * The Redis client (ioredis), with a start-up check that says how to fix a failure.
 *
 * Every command is bounded (commandTimeout; no offline queue, so a command while disconnected
 * fails at once), the client keeps reconnecting in the background (recovery needs no
 * restart), and a breaker makes commands fail at once while Redis is down. The client returned
 * translates those failures into DependencyUnavailableError (503) here, at the edge.
 */
import { Redis, ReplyError } from 'ioredis';
import type { ChainableCommander } from 'ioredis';
import {
  createDependencyBreaker,
  defaultBreakerSettings,
  type BreakerSettings,
  type DependencyBreaker,
} from './breaker.ts';
import { DependencyUnavailableError } from '../errors.ts';

export type { Redis };

export interface RedisResilience {
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  breaker: Readonly<BreakerSettings>;
}

/** The defaults of src/config.ts, for scripts that build a client without a Config. */
export const defaultRedisResilience: Readonly<RedisResilience> = {
  connectTimeoutMs: 400,
  commandTimeoutMs: 400,
  breaker: defaultBreakerSettings,
};

/** Redis answered (a wrong type, a script error): the request's fault, not an outage. */
export function isRedisOutage(error: unknown): boolean {
  return error instanceof Error && !(error instanceof ReplyError);
}

/** Longest pause between reconnection attempts: Redis back means commands work within it. */
const MAX_RECONNECT_DELAY_MS = 1000;

type Method = (...args: unknown[]) => unknown;

function guardPipeline(
  pipeline: ChainableCommander,
  guard: DependencyBreaker,
  connectIfWaiting: () => Promise<void>,
): ChainableCommander {
  const exec = pipeline.exec.bind(pipeline);
  // Chained commands return the pipeline itself, so replacing exec on it covers them all.
  pipeline.exec = () =>
    guard.run(async () => {
      await connectIfWaiting();
      return exec();
    });
  return pipeline;
}

export function createRedis(
  url: string,
  keyPrefix: string,
  resilience: Readonly<RedisResilience> = defaultRedisResilience,
): Redis {
  const redis = new Redis(url, {
    keyPrefix,
    lazyConnect: true,
    connectTimeout: resilience.connectTimeoutMs,
    commandTimeout: resilience.commandTimeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Commands issued in the same tick leave in one write: under load one write() per tick, not
    // one per command (product read: ~25% less CPU per request, docs/performance.md). Each
    // command keeps its own timeout.
    enableAutoPipelining: true,
    // Never give up: keep reconnecting in the background, at most a second apart.
    retryStrategy: (attempt: number) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  const guard = createDependencyBreaker('session store', resilience.breaker, isRedisOutage);
  const commands = new Set(redis.getBuiltinCommands());
  const isCommand = (name: string): boolean => {
    if (commands.has(name)) return true;
    // Commands added with defineCommand (rate-limiter-flexible's script) live in scriptsSet.
    const scripts = Reflect.get(redis, 'scriptsSet') as Record<string, unknown> | undefined;
    return scripts !== undefined && Object.hasOwn(scripts, name);
  };
  // The first commands of a lazy client may be sent together: they share one connect, since
  // a command sent while it is still connecting fails (no offline queue).
  let connecting: Promise<void> | undefined;
  const connectIfWaiting = async (): Promise<void> => {
    if (redis.status === 'wait') {
      connecting ??= redis.connect().finally(() => {
        connecting = undefined;
      });
    }
    if (connecting) await connecting;
  };
  const guarded = (property: string | symbol, method: Method): Method => {
    if (property === 'multi' || property === 'pipeline')
      return (...args: unknown[]) =>
        guardPipeline(method(...args) as ChainableCommander, guard, connectIfWaiting);
    if (typeof property !== 'string' || !isCommand(property)) return method;
    return (...args: unknown[]) =>
      guard.run(async () => {
        await connectIfWaiting();
        return method(...args);
      });
  };
  // One wrapper per method, made on first use: not a bound function and a closure per call.
  const wrappers = new Map<string | symbol, { of: unknown; wrapper: Method }>();
  return new Proxy(redis, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const known = wrappers.get(property);
      if (known?.of === value) return known.wrapper;
      const wrapper = guarded(property, (value as Method).bind(target));
      wrappers.set(property, { of: value, wrapper });
      return wrapper;
    },
  });
}

const STARTUP_PING_TRIES = 3;

/** Connects and pings; fails with a message naming where it looked and how to start Redis. */
export async function checkRedis(redis: Redis, url: string): Promise<void> {
  try {
    if (redis.status === 'wait') await redis.connect();
    // Start-up is not a request: a command timeout on a busy machine is retried a few times
    // (3 tries stay below the breaker's volume threshold) before the process gives up.
    for (let attempt = 1; ; attempt++) {
      try {
        await redis.ping();
        break;
      } catch (error) {
        if (attempt >= STARTUP_PING_TRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } catch (thrown) {
    const error = thrown instanceof DependencyUnavailableError ? thrown.cause : thrown;
    const parsed = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    redis.disconnect();
    throw new Error(
      `Redis is not reachable at ${parsed.hostname}:${parsed.port || 6379} (REDIS_URL): ${reason}. ` +
        'Start it with `redis-server --daemonize yes`, or `docker compose up -d redis`.',
      { cause: thrown },
    );
  }
}
