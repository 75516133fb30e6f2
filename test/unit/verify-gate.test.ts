/** The password-check gate's bookkeeping, and the bounded key of a client address. */
import { describe, expect, it } from 'vitest';
import { DependencyUnavailableError } from '../../src/errors.ts';
import { addressKey } from '../../src/auth/signin-guard.ts';
import { createVerifyGate } from '../../src/auth/verify-gate.ts';

/** A task the test finishes by hand. */
function pending(): { promise: Promise<string>; finish: (value: string) => void } {
  let finish: (value: string) => void = () => undefined;
  const promise = new Promise<string>((resolve) => (finish = resolve));
  return { promise, finish };
}

describe('when more checks arrive than the gate runs at once', () => {
  it('then they wait in order up to the queue, the rest are refused, and slots come back', async () => {
    const gate = createVerifyGate({ concurrency: 1, queue: 1 });
    const first = pending();
    const second = pending();
    const running = gate.run(() => first.promise);
    const waiting = gate.run(() => second.promise);
    await expect(gate.run(() => Promise.resolve('third'))).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    first.finish('first');
    expect(await running).toBe('first');
    expect(gate.load()).toEqual({ running: 1, waiting: 0 });
    second.finish('second');
    expect(await waiting).toBe('second');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('then a failing check frees its slot too', async () => {
    const gate = createVerifyGate({ concurrency: 1, queue: 0 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('then beyond the per-second budget checks are refused with Retry-After 1', async () => {
    const gate = createVerifyGate({ concurrency: 5, queue: 5, perSecond: 2 });
    await gate.run(() => Promise.resolve(1));
    await gate.run(() => Promise.resolve(2));
    const refusal = await gate.run(() => Promise.resolve(3)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DependencyUnavailableError);
    expect((refusal as DependencyUnavailableError).retryAfterSeconds).toBe(1);
  });
});

describe('when a client address becomes a limiter key', () => {
  it('then an IP address is kept and anything else is a 64-character digest', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8::1')).toBe('2001:db8::1');
    expect(addressKey('x'.repeat(90_000))).toMatch(/^[0-9a-f]{64}$/);
  });
});
