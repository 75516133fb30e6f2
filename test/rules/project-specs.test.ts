/** The project's own specs (spec/*.yaml) pass the style guide with zero errors and zero warnings. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as fs from 'node:fs';
import { projectSpecs } from '../../scripts/lint.ts';
import { lintFile, repoRoot } from './helpers/lint.ts';

const specs = projectSpecs();

describe("the project's specs", () => {
  it('when listed, then there is at least one (this suite must not pass vacuously)', () => {
    expect(specs.length).toBeGreaterThan(0);
    expect(specs.every((s) => !s.includes('common'))).toBe(true);
  });

  it.each(specs)('when %s is linted, then it has no result of any severity', async (spec) => {
    expect(await lintFile(path.join(repoRoot, spec))).toEqual([]);
  });

  it('when taken together, then one of them serves the discovery URL (SG-10)', () => {
    const served = specs.some((spec) => {
      const doc = parse(fs.readFileSync(path.join(repoRoot, spec), 'utf8')) as {
        paths?: Record<string, { get?: unknown }>;
      };
      return Object.entries(doc.paths ?? {}).some(
        ([p, item]) => /\/discovery$/.test(p) && item.get !== undefined,
      );
    });
    expect(served).toBe(true);
  });
});
