/** Loading on first use (src/deferred.ts): one load for every caller, a failed load tried again. */
import { describe, expect, it } from 'vitest';
import { deferred, loadDeferred, onFirstUse } from '../../src/deferred.ts';

describe('when callers ask for a module loaded on first use', () => {
  it('then the first call starts the one load and every caller awaits it', async () => {
    let loads = 0;
    let finish: (value: string) => void = () => undefined;
    const get = onFirstUse(() => {
      loads += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    });
    expect(loads).toBe(0);
    const early = [get(), get(), get()];
    expect(loads).toBe(1);
    finish('loaded');
    expect(await Promise.all(early)).toEqual(['loaded', 'loaded', 'loaded']);
    expect(await get()).toBe('loaded');
    expect(loads).toBe(1);
  });

  it('then a failed load fails its callers and the next call tries again', async () => {
    let loads = 0;
    const get = onFirstUse(async () => {
      loads += 1;
      if (loads === 1) throw new Error('not yet');
      return 'loaded';
    });
    await expect(get()).rejects.toThrow('not yet');
    expect(await get()).toBe('loaded');
    expect(loads).toBe(2);
  });

  it('then loadDeferred starts every deferred load, which a later caller finds done', async () => {
    let loads = 0;
    const get = deferred(async () => {
      loads += 1;
      return 'loaded';
    });
    expect(loads).toBe(0);
    await loadDeferred();
    expect(loads).toBe(1);
    expect(await get()).toBe('loaded');
    expect(loads).toBe(1);
  });
});
