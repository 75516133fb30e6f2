/**
 * A bounded gate for password verification: at most `concurrency` argon2 verifications run
 * at once in this process, at most `queue` more wait, and anything beyond is refused at once
 * (503 with Retry-After) instead of piling up. argon2 runs on the libuv thread pool; without a
 * bound a flood of wrong passwords takes every pool thread and every core, and the API starves.
 *
 * A concurrency bound alone still lets argon2 take `concurrency` whole cores when the flood is
 * steady, so an optional rate budget (rate-limiter-flexible, in memory: per process, loaded on
 * first use) caps the verifications started per second too.
 *
 * The semaphore is hand-written (about 30 lines) because no installed library does "limit plus
 * bounded queue that rejects": opossum's `capacity` rejects without queueing,
 * rate-limiter-flexible limits rates, not concurrency, and p-limit/p-queue are not dependencies.
 */
import { onFirstUse } from '../deferred.ts';
import { DependencyUnavailableError } from '../errors.ts';
import { rateLimiterFlexible } from './rate-limiter.ts';

export interface VerifyGateOptions {
  /** Verifications running at once. */
  concurrency: number;
  /** Verifications waiting for a slot; beyond it callers are refused. */
  queue: number;
  /** Verifications that may start per second (0: no budget); beyond it callers are refused. */
  perSecond?: number;
  /** The Retry-After of a refusal, in seconds. */
  retryAfterSeconds?: number;
}

export interface VerifyGate {
  /** Runs `task` once a slot is free; throws DependencyUnavailableError when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Running and waiting tasks now (for tests and metrics). */
  load(): { running: number; waiting: number };
}

export function createVerifyGate({
  concurrency,
  queue,
  perSecond = 0,
  retryAfterSeconds = 1,
}: VerifyGateOptions): VerifyGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const budget =
    perSecond > 0
      ? onFirstUse(async () => {
          const { RateLimiterMemory, RateLimiterRes } = await rateLimiterFlexible();
          return { limiter: new RateLimiterMemory({ points: perSecond, duration: 1 }), RateLimiterRes };
        })
      : undefined;
  const refuse = () => new DependencyUnavailableError('password check', retryAfterSeconds);

  async function acquire(): Promise<void> {
    if (budget) {
      const { limiter, RateLimiterRes } = await budget();
      try {
        await limiter.consume('verify');
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw refuse();
        throw rejection;
      }
    }
    if (running < concurrency) {
      running += 1;
      return;
    }
    if (waiting.length >= queue) throw refuse();
    // The slot is handed over by release(): `running` stays the same.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
