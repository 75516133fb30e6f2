/**
 * The GitLab pipeline (.gitlab-ci.yml) run locally with gitlab-ci-local's shell executor, on
 * copies of the working tree (node_modules linked, not installed): the lint, generate-check
 * and contract-gate jobs pass on the project as it is, and the lint job fails on a spec that
 * breaks a style-guide rule, with the finding in the Code Quality report GitLab shows inline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve('.');
const copies: string[] = [];
afterAll(async () => {
  await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
});

/** The tracked and new files of the working tree in a fresh git repository (gitlab-ci-local reads git). */
async function copyOfProject(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'gitlab-ci-'));
  copies.push(copy);
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  await Promise.all(
    files.map((file) =>
      cp(path.join(root, file), path.join(copy, file), { force: true }).catch(() => undefined),
    ),
  );
  await symlink(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: copy });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'pipeline under test');
  git('remote', 'add', 'origin', 'https://gitlab.example.com/delivery/platform-api.git');
  return copy;
}

function gitlabCiLocal(copy: string, jobs: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    path.join(root, 'node_modules/.bin/gitlab-ci-local'),
    ['--force-shell-executor', '--no-color', ...jobs],
    { cwd: copy, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('when gitlab-ci-local runs the pipeline', () => {
  it('then lint, generate-check and contract-gate pass on the project', async () => {
    const copy = await copyOfProject();
    const started = performance.now();
    const result = gitlabCiLocal(copy, ['lint', 'generate-check', 'contract-gate']);
    console.log(
      `gitlab-ci-local lint generate-check contract-gate: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(result.status, result.output).toBe(0);
    for (const job of ['lint', 'generate-check', 'contract-gate'])
      expect(result.output).toMatch(new RegExp(`PASS\\s+${job}\\b`));
    const report = JSON.parse(
      await readFile(path.join(copy, 'gl-code-quality-report.json'), 'utf8'),
    ) as unknown[];
    expect(report).toEqual([]);
  }, 120_000);

  it('then the lint job fails on a spec that breaks SG-16, with the finding in the Code Quality report', async () => {
    const copy = await copyOfProject();
    const specFile = path.join(copy, 'spec/core.yaml');
    const spec = await readFile(specFile, 'utf8');
    const anchor = '      properties:\n        id: { type: integer, format: int64, minimum: 1 }\n';
    const at = spec.indexOf(anchor, spec.indexOf('\n    Product:\n'));
    expect(at).toBeGreaterThan(0);
    await writeFile(
      specFile,
      `${spec.slice(0, at + anchor.length)}        imageThumbUrl: { type: string }\n${spec.slice(at + anchor.length)}`,
    );
    const brokenLine = spec.slice(0, at + anchor.length).split('\n').length;
    const result = gitlabCiLocal(copy, ['lint']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/FAIL\s+lint/);
    expect(result.output).toContain('sg16-snake-case-property');
    const report = JSON.parse(await readFile(path.join(copy, 'gl-code-quality-report.json'), 'utf8')) as {
      check_name: string;
      description: string;
      location: { path: string; positions: { begin: { line: number } } };
    }[];
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({
      check_name: 'sg16-snake-case-property',
      location: { path: 'spec/core.yaml', positions: { begin: { line: brokenLine } } },
    });
    expect(report[0]?.description).toContain('(SG-16)');
  }, 120_000);
});
