import { describe, expect, it } from 'vitest';
import { goldenFile, lintFile, lintObject, golden } from './helpers/lint.ts';

describe('the golden spec', () => {
  it('when linted from disk, then it has no result at all', async () => {
    expect(await lintFile(goldenFile)).toEqual([]);
  });

  it('when serialised and linted again (as the mutation tests do), then it still has no result', async () => {
    expect(await lintObject(golden())).toEqual([]);
  });
});
