/** An autocommit statement chosen as a deadlock's victim runs again; anything else is not retried. */
import { describe, expect, it } from 'vitest';
import { retryOnDeadlock } from '../../src/db/retry.ts';

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('retryOnDeadlock', () => {
  it('runs the statement again after a deadlock, and answers what the retry answers', async () => {
    let calls = 0;
    const answer = await retryOnDeadlock(async () => {
      calls += 1;
      if (calls < 3) throw failure('ER_LOCK_DEADLOCK');
      return 'moved';
    });
    expect({ answer, calls }).toEqual({ answer: 'moved', calls: 3 });
  });

  it('gives up after its attempts, with the deadlock', async () => {
    let calls = 0;
    const statement = async () => {
      calls += 1;
      throw failure('ER_LOCK_DEADLOCK');
    };
    await expect(retryOnDeadlock(statement, 2)).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(calls).toBe(2);
  });

  it('does not retry any other error', async () => {
    let calls = 0;
    const statement = async () => {
      calls += 1;
      throw failure('ER_DUP_ENTRY');
    };
    await expect(retryOnDeadlock(statement)).rejects.toThrow('ER_DUP_ENTRY');
    expect(calls).toBe(1);
  });
});
