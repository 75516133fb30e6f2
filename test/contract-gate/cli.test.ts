/**
 * The real script, run as CI runs it: `node scripts/contract.ts release|check`, against the project's own
 * released lock (contracts/core.v1.lock.yaml) and against copies of the specs in temporary directories.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readLock } from '../../src/contract-gate/lock.ts';
import { fixtureSpecDir, repoRoot } from './helpers.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

function contract(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['scripts/contract.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: repoRoot },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
  };
}

let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'contract-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A copy of a spec directory with one YAML edit applied to `<service>.yaml`. */
async function editedSpecDir(
  from: string,
  service: string,
  name: string,
  edit: (doc: ReturnType<typeof parseDocument>) => void,
): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(from, dir, { recursive: true });
  const file = path.join(dir, `${service}.yaml`);
  const doc = parseDocument(await readFile(file, 'utf8'));
  edit(doc);
  await writeFile(file, doc.toString());
  return dir;
}

describe('the project: core v1 is released and the current spec keeps it', { timeout: 60_000 }, () => {
  const lockFile = path.join(repoRoot, 'contracts/core.v1.lock.yaml');

  it('contracts/core.v1.lock.yaml exists, was written by the release command and is intact', async () => {
    expect(existsSync(lockFile)).toBe(true);
    const text = await readFile(lockFile, 'utf8');
    expect(text).toContain('# RELEASED CONTRACT of core v1');
    expect(text).toContain('npm run contract:release -- core v1');
    const lock = await readLock(lockFile);
    expect(lock.intact).toBe(true);
    expect(Object.keys(lock.doc.paths as object).every((p) => p.startsWith('/api/{platform}/v1/'))).toBe(
      true,
    );
  });

  it('`check` passes on the current spec', () => {
    const run = contract('check');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^core v1: OK — \d+ operations on \d+ paths keep the contract of contracts\/core\.v1\.lock\.yaml/m,
    );
    expect(run.stdout).toMatch(/^contract check passed: \d+ released version\(s\) unbroken$/m);
    expect(run.status).toBe(0);
  });

  it('`check` fails on a copy of the spec whose v1 product price became an object, naming it', async () => {
    const specDir = await editedSpecDir(path.join(repoRoot, 'spec'), 'core', 'core-breaking', (doc) => {
      doc.setIn(['components', 'schemas', 'Product', 'properties', 'price'], { type: 'object' });
    });
    const run = contract('check', '--spec-dir', specDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "core v1: GET /api/{platform}/v1/product/{id} 200: response field 'data.price' changed type from number to object — clients typed from v1 break; add the new shape in v2 instead",
    );
    expect(run.stderr).toContain(
      "core v1: GET /api/{platform}/v1/product 200: response field 'data[].price'",
    );
    expect(run.stderr).toMatch(/contract check FAILED: \d+ breaking change\(s\) in 1 released version\(s\)/);
  });

  it('`check` passes an additive edit of the same copy and reports it as information', async () => {
    const specDir = await editedSpecDir(path.join(repoRoot, 'spec'), 'core', 'core-additive', (doc) => {
      doc.setIn(['components', 'schemas', 'Product', 'properties', 'weight_gram'], { type: 'integer' });
    });
    const run = contract('check', '--spec-dir', specDir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^core v1: OK/m);
    expect(run.stdout).toContain(
      "  info: core v1: GET /api/{platform}/v1/product/{id} 200: new response field 'data.weight_gram'",
    );
  });
});

describe('release and check on the fixture service', { timeout: 60_000 }, () => {
  it('releases v1, refuses to overwrite it, and overwrites it with --force', async () => {
    const contracts = path.join(tmp, 'release-contracts');
    const first = contract(
      'release',
      'shop',
      'v1',
      '--spec-dir',
      fixtureSpecDir,
      '--contracts-dir',
      contracts,
    );
    expect(first.stdout).toMatch(
      /released shop v1: wrote .*shop\.v1\.lock\.yaml \(5 operations on 3 paths\)/,
    );
    expect(first.status).toBe(0);
    const written = await readFile(path.join(contracts, 'shop.v1.lock.yaml'), 'utf8');

    const again = contract(
      'release',
      'shop',
      'v1',
      '--spec-dir',
      fixtureSpecDir,
      '--contracts-dir',
      contracts,
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'shop.v1.lock.yaml already exists: shop v1 is released and its contract is frozen',
    );
    expect(await readFile(path.join(contracts, 'shop.v1.lock.yaml'), 'utf8')).toBe(written);

    const forced = contract(
      'release',
      'shop',
      'v1',
      '--force',
      '--spec-dir',
      fixtureSpecDir,
      '--contracts-dir',
      contracts,
    );
    expect(forced.status).toBe(0);
  });

  it('--force over a lock warns about the promises the new lock drops', async () => {
    const contracts = path.join(tmp, 'force-contracts');
    expect(
      contract('release', 'shop', 'v1', '--spec-dir', fixtureSpecDir, '--contracts-dir', contracts).status,
    ).toBe(0);
    const specDir = await editedSpecDir(fixtureSpecDir, 'shop', 'shop-no-ping', (doc) => {
      doc.deleteIn(['paths', '/api/{platform}/v1/ping']);
    });
    const forced = contract(
      'release',
      'shop',
      'v1',
      '--force',
      '--spec-dir',
      specDir,
      '--contracts-dir',
      contracts,
    );
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('shop v1: /api/{platform}/v1/ping: path removed');
  });

  it('refuses a version the spec does not serve, a service with no spec, and bad arguments', () => {
    const contracts = path.join(tmp, 'refused-contracts');
    const noVersion = contract(
      'release',
      'shop',
      'v3',
      '--spec-dir',
      fixtureSpecDir,
      '--contracts-dir',
      contracts,
    );
    expect(noVersion.status).toBe(1);
    expect(noVersion.stderr).toContain('has no /api/{platform}/v3/... paths; it serves v1, v2');
    const noService = contract(
      'release',
      'nosuch',
      'v1',
      '--spec-dir',
      fixtureSpecDir,
      '--contracts-dir',
      contracts,
    );
    expect(noService.status).toBe(1);
    expect(noService.stderr).toContain('nosuch.yaml');
    expect(contract('release', 'shop', '1', '--spec-dir', fixtureSpecDir).status).toBe(2);
    expect(contract('release', 'shop').status).toBe(2);
    const unknown = contract('publish');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('usage:');
    expect(existsSync(contracts)).toBe(false);
  });

  it('checks every lock: OK for the released version, a note for the unreleased one, exit 1 on a break', async () => {
    const contracts = path.join(tmp, 'check-contracts');
    expect(
      contract('release', 'shop', 'v1', '--spec-dir', fixtureSpecDir, '--contracts-dir', contracts).status,
    ).toBe(0);

    const ok = contract('check', '--spec-dir', fixtureSpecDir, '--contracts-dir', contracts);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('shop v1: OK — 5 operations on 3 paths keep the contract');
    expect(ok.stdout).toContain('shop v2: not released yet (no shop.v2.lock.yaml)');

    const specDir = await editedSpecDir(fixtureSpecDir, 'shop', 'shop-breaking', (doc) => {
      doc.setIn(['paths', '/api/{platform}/v1/item', 'get', 'parameters', 1, 'required'], true);
    });
    const broken = contract('check', '--spec-dir', specDir, '--contracts-dir', contracts);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      "shop v1: GET /api/{platform}/v1/item: query parameter 'sort' became required — v1 clients that omit it get 422",
    );
  });

  it('fails on a lock edited by hand, and when there is no lock at all', async () => {
    const contracts = path.join(tmp, 'edited-contracts');
    expect(
      contract('release', 'shop', 'v1', '--spec-dir', fixtureSpecDir, '--contracts-dir', contracts).status,
    ).toBe(0);
    const file = path.join(contracts, 'shop.v1.lock.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('maxLength: 200', 'maxLength: 100'));
    const edited = contract('check', '--spec-dir', fixtureSpecDir, '--contracts-dir', contracts);
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain('shop.v1.lock.yaml was edited by hand');

    const empty = contract('check', '--spec-dir', fixtureSpecDir, '--contracts-dir', path.join(tmp, 'none'));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no lock files');
  });
});
