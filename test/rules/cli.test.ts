/** The real binaries as CI runs them: node_modules/.bin/spectral with the root .spectral.yaml, and npm run lint. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fixtures, repoRoot } from './helpers/lint.ts';

const seed = path.join(fixtures, 'seed-000.yaml');
const goldenApi = path.join(fixtures, 'golden/api.yaml');

/** Runs a node script from the repo root with the running Node (the .bin shebang would pick whatever node is first). */
function node(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the spectral CLI with .spectral.yaml', () => {
  it('when it lints the seed-000 sample, then it exits 1 and reports the clauses as JSON', () => {
    const r = node('node_modules/.bin/spectral', ['lint', '-r', '.spectral.yaml', '-f', 'json', '-q', seed]);
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { code: string; path: string[] }[];
    expect(results).toContainEqual(
      expect.objectContaining({ code: 'sg04-singular-resource', path: ['paths', '/v1/products'] }),
    );
    expect(results.map((x) => x.code)).toContain('sg16-snake-case-property');
  });

  it('when it lints the golden spec, then it exits 0 with no result', () => {
    const r = node('node_modules/.bin/spectral', ['lint', '-r', '.spectral.yaml', goldenApi]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No results');
  });
});

describe('npm run lint (scripts/lint.ts) with files', () => {
  it('when a spec is clean, then it exits 0', () => {
    expect(node('scripts/lint.ts', [goldenApi]).status).toBe(0);
  });

  it('when asked for github-actions output, then it prints one annotation per finding and exits 1', () => {
    const r = node('scripts/lint.ts', ['--format', 'github-actions', seed]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=sg04-singular-resource,file=.*seed-000\.yaml,/m);
  });

  it('when asked for SARIF, then stdout is a SARIF 2.1.0 log', () => {
    const r = node('scripts/lint.ts', ['--format', 'sarif', seed]);
    expect(r.status).toBe(1);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((x) => x.ruleId)).toContain('sg01-versioned-url');
  });

  it('when a spec has only a warning (a nullable field, SG-14), then it still exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-lint-'));
    fs.cpSync(path.join(fixtures, 'golden'), dir, { recursive: true });
    const doc = parse(fs.readFileSync(path.join(dir, 'api.yaml'), 'utf8')) as {
      components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    };
    const name = doc.components.schemas.ProductPatch?.properties.name;
    if (name) name.nullable = true;
    fs.writeFileSync(path.join(dir, 'api.yaml'), stringify(doc));
    const r = node('scripts/lint.ts', ['-f', 'json', path.join(dir, 'api.yaml')]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { code: string; severity: number }[];
    expect(results.map((x) => [x.code, x.severity])).toEqual([['sg14-no-nullable', 1]]);
  });

  it('when several files are given, then one Spectral run lints them all', () => {
    const r = node('scripts/lint.ts', ['-f', 'json', goldenApi, seed]);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/> spectral lint/g)).toHaveLength(1);
    const sources = new Set(
      (JSON.parse(r.stdout) as { source: string }[]).map((x) => path.basename(x.source)),
    );
    expect(sources).toEqual(new Set(['seed-000.yaml']));
  });
});
