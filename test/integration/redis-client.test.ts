/**
 * The Redis client of src/db/redis.ts against a real Redis: commands issued in the same tick
 * leave in one write (auto-pipelining), each still with its own answer and error, and the
 * guarded methods are made once, not per call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis, type Redis } from '../../src/db/redis.ts';
import { writesDuring } from '../support/socket-writes.ts';

const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/3';
const prefix = `redis-client-test:${process.pid}:`;
let redis: Redis;

beforeAll(async () => {
  redis = createRedis(url, prefix);
  await redis.connect();
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
  redis.disconnect();
});

/** Counts the socket writes made while `work` runs. */
const redisWritesDuring = (work: () => Promise<unknown>): Promise<number> => writesDuring(redis.stream, work);

describe('when many commands are issued in the same tick', () => {
  it('then they leave in one write and each gets its own answer', async () => {
    await redis.set('a', '1');
    await redis.set('b', '2');
    let answers: (string | null)[] = [];
    const writes = await redisWritesDuring(async () => {
      answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) => redis.get(['a', 'b', 'missing'][index % 3] ?? 'a')),
      );
    });
    expect(writes).toBe(1);
    expect(answers.slice(0, 6)).toEqual(['1', '2', null, '1', '2', null]);
  });

  it('then a command that fails in the batch fails alone', async () => {
    await redis.set('text', 'x');
    const [good, bad] = await Promise.allSettled([redis.get('text'), redis.incr('text')]);
    expect(good).toEqual({ status: 'fulfilled', value: 'x' });
    expect(bad.status).toBe('rejected');
  });

  it('then commands issued in different ticks are written apart', async () => {
    const writes = await redisWritesDuring(async () => {
      await redis.get('a');
      await redis.get('b');
    });
    expect(writes).toBe(2);
  });
});

describe('when a method is read twice', () => {
  it('then it is the same guarded function (made once)', () => {
    const method = (name: string): unknown => Reflect.get(redis, name);
    expect(method('get')).toBe(method('get'));
    expect(method('pipeline')).toBe(method('pipeline'));
  });
});
