/** Speed: a ~300-operation spec in the project's style lints clean, in one pass, within a generous budget. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFile } from './helpers/lint.ts';
import { operationCount, writeSyntheticSpec } from './helpers/synthetic.ts';

describe('a large synthetic spec', () => {
  it('when 50 resources (304 operations) are linted, then there is no result and it takes under 30 s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-synthetic-'));
    const file = writeSyntheticSpec(dir, 50);
    expect(operationCount(parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)).toBe(304);
    const started = performance.now();
    const got = await lintFile(file);
    const seconds = (performance.now() - started) / 1000;
    fs.rmSync(dir, { recursive: true, force: true });
    expect(got).toEqual([]);
    expect(seconds).toBeLessThan(30);
  }, 60_000);
});
