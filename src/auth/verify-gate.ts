/**
 * A bounded gate for password verification: at most `concurrency` argon2 verifications run
 * at once in this process, at most `queue` more wait, and anything beyond is refused at once
 * (503 with Retry-After) instead of piling up. argon2 runs on the libuv thread pool; without a
 * bound a flood of wrong passwords takes every pool thread and every core, and the API starves.
 *
 * Hand-written (about 30 lines) because no installed library does "limit plus bounded queue
 * that rejects": opossum's `capacity` rejects without queueing, rate-limiter-flexible limits
 * rates, not concurrency, and p-limit/p-queue are not dependencies.
 */
import { DependencyUnavailableError } from '../errors.ts';

export interface VerifyGateOptions {
  /** Verifications running at once. */
  concurrency: number;
  /** Verifications waiting for a slot; beyond it callers are refused. */
  queue: number;
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
  retryAfterSeconds = 1,
}: VerifyGateOptions): VerifyGate {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function acquire(): Promise<void> {
    if (running < concurrency) {
      running += 1;
      return;
    }
    if (waiting.length >= queue) throw new DependencyUnavailableError('password check', retryAfterSeconds);
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
