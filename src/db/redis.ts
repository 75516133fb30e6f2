/** The Redis client (ioredis), with a start-up check that says how to fix a failure. */
import { Redis } from 'ioredis';

export type { Redis };

export function createRedis(url: string, keyPrefix: string): Redis {
  return new Redis(url, { keyPrefix, lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
}

/** Connects and pings; fails with a message naming where it looked and how to start Redis. */
export async function checkRedis(redis: Redis, url: string): Promise<void> {
  try {
    if (redis.status === 'wait') await redis.connect();
    await redis.ping();
  } catch (error) {
    const parsed = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    redis.disconnect();
    throw new Error(
      `Redis is not reachable at ${parsed.hostname}:${parsed.port || 6379} (REDIS_URL): ${reason}. ` +
        'Start it with `redis-server --daemonize yes`, or `docker compose up -d redis`.',
      { cause: error },
    );
  }
}
