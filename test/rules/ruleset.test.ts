/* eslint-disable @typescript-eslint/no-unsafe-member-access -- these tests mutate parsed, untyped YAML documents in place */
/** The ruleset itself: names cite clauses, the exception rule knows every rule, oas rules are chosen. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linter, repoRoot, type Yaml } from './helpers/lint.ts';

const yaml = parse(fs.readFileSync(path.join(repoRoot, 'rules/ruleset.yaml'), 'utf8')) as {
  rules: Record<string, Yaml>;
  functions: string[];
};
const custom = Object.keys(yaml.rules).filter((n) => /^sg\d\d-/.test(n));

describe('the ruleset', () => {
  it('when listed, then every custom rule name cites its clause and its description cites it too', () => {
    expect(custom.length).toBeGreaterThanOrEqual(30);
    for (const name of custom) {
      const clause = `SG-${name.slice(2, 4)}`;
      expect(yaml.rules[name].description, name).toContain(clause);
      expect(yaml.rules[name].message, name).toBe('{{error}}');
    }
  });

  it('when compared, then the exception rule knows exactly the custom rules', () => {
    const known = yaml.rules['style-guide-exception'].then.functionOptions.rules as string[];
    expect([...known].sort()).toEqual([...custom].sort());
  });

  it('when compared, then every declared function has its file, which opens with its two-line comment', () => {
    const dir = path.join(repoRoot, 'rules/functions');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.map((f) => f.replace(/\.js$/, '')).sort()).toEqual([...yaml.functions].sort());
    for (const f of files) {
      const [first, second] = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
      expect(first, f).toMatch(/^\/\/ Rule/);
      expect(`${first} ${second}`, f).toMatch(/SG-\d\d|clause/);
    }
  });

  it('when the tests are read, then every custom rule has a case that expects its code', () => {
    const dir = path.join(repoRoot, 'test/rules');
    const tests = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const name of [...custom, 'style-guide-exception']) {
      expect(tests, name).toContain(`code: '${name}'`);
    }
  });

  it('when loaded, then the documentation-style spectral:oas rules are off and the correctness ones on', async () => {
    const s = await linter();
    const rules = (s as unknown as { ruleset: { rules: Record<string, { enabled: boolean }> } }).ruleset
      .rules;
    for (const off of [
      'info-contact',
      'operation-tags',
      'operation-description',
      'oas3-api-servers',
      'openapi-tags',
    ]) {
      expect(rules[off]?.enabled, off).toBe(false);
    }
    for (const on of [
      'oas3-schema',
      'oas3-valid-media-example',
      'path-params',
      'operation-operationId-unique',
    ]) {
      expect(rules[on]?.enabled, on).toBe(true);
    }
  });
});
