/** The dependency breaker: outages open it and answer 503 at once; it closes again by itself. */
import { describe, expect, it } from 'vitest';
import { createDependencyBreaker } from '../../src/db/breaker.ts';
import { DependencyUnavailableError } from '../../src/errors.ts';
import { isDatabaseOutage } from '../../src/db/mysql.ts';

const outage = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
const settings = { errorPercent: 50, volumeThreshold: 2, resetMs: 200 };

describe('a dependency breaker', () => {
  it('when calls fail with outages, then it opens and fails at once without calling, then closes after a good trial', async () => {
    const guard = createDependencyBreaker('database', settings, isDatabaseOutage);
    for (let attempt = 0; attempt < 2; attempt++)
      await expect(guard.run(() => Promise.reject(outage()))).rejects.toBeInstanceOf(
        DependencyUnavailableError,
      );
    let called = false;
    const rejected = guard.run(async () => {
      called = true;
      return 'never';
    });
    await expect(rejected).rejects.toMatchObject({
      status: 503,
      retryAfterSeconds: 1,
      message: 'the database is unavailable; try again shortly',
    });
    expect(called).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, settings.resetMs + 50));
    expect(await guard.run(async () => 'back')).toBe('back');
    expect(guard.breaker.closed).toBe(true);
  });

  it('when a call fails for its own reason, then the error passes through and the breaker stays closed', async () => {
    const guard = createDependencyBreaker('database', settings, isDatabaseOutage);
    const duplicate = Object.assign(new Error("Duplicate entry '1' for key 'PRIMARY'"), {
      code: 'ER_DUP_ENTRY',
    });
    for (let attempt = 0; attempt < 4; attempt++)
      await expect(guard.run(() => Promise.reject(duplicate))).rejects.toBe(duplicate);
    expect(guard.breaker.closed).toBe(true);
  });
});

describe('isDatabaseOutage', () => {
  it.each([
    ['a refused connection', outage(), true],
    [
      'a statement timeout',
      Object.assign(new Error('Query inactivity timeout'), { code: 'PROTOCOL_SEQUENCE_TIMEOUT' }),
      true,
    ],
    ['a fatal driver error', Object.assign(new Error('Connection lost'), { fatal: true }), true],
    ['a full pool queue', new Error('Queue limit reached.'), true],
    ['a duplicate key', Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' }), false],
    ['not an error', 'text', false],
  ])('%s: %s', (_name, error, expected) => {
    expect(isDatabaseOutage(error)).toBe(expected);
  });
});
