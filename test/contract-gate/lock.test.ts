/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- these tests edit parsed, untyped YAML documents */
/** Lock files: header, digest, and what counts as a hand edit. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { extractVersion } from '../../src/contract-gate/extract.ts';
import type { Json } from '../../src/contract-gate/json.ts';
import { listLocks, lockFileName, readLock, renderLock } from '../../src/contract-gate/lock.ts';
import { fixtureBundle, type Yaml } from './helpers.ts';

let dir = '';
let lockFile = '';
let text = '';
let released: Json = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'contract-lock-'));
  released = extractVersion(await fixtureBundle(), 'v1');
  text = await renderLock(released, {
    service: 'shop',
    version: 'v1',
    specFile: 'spec/shop.yaml',
    releasedOn: '2025-01-31',
  });
  lockFile = path.join(dir, lockFileName('shop', 'v1'));
  await writeFile(lockFile, text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a lock file', () => {
  it('starts with a header saying what it is, which command writes it, and never to edit it', () => {
    const header = text
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .join('\n');
    expect(header).toContain('RELEASED CONTRACT of shop v1');
    expect(header).toContain('npm run contract:release -- shop v1');
    expect(header).toContain('NEVER EDIT BY HAND');
    expect(header).toMatch(/# content-sha256: [0-9a-f]{64}/);
  });

  it('reads back as the same document, intact', async () => {
    const lock = await readLock(lockFile);
    expect(lock).toMatchObject({ service: 'shop', version: 'v1', intact: true });
    expect(lock.doc).toEqual(released);
  });

  it('stays intact when only reformatted (the digest is of the content, not the text)', async () => {
    const digestLine = text.split('\n').find((line) => line.startsWith('# content-sha256')) ?? '';
    const reformatted = path.join(dir, 'shop.v2.lock.yaml');
    await writeFile(reformatted, `${digestLine}\n${stringify(parse(text), { indent: 4 })}`);
    expect((await readLock(reformatted)).intact).toBe(true);
  });

  it('is no longer intact after a hand edit', async () => {
    const doc: Yaml = parse(text);
    doc.components.schemas.Item.properties.price.type = 'string';
    const digestLine = text.split('\n').find((line) => line.startsWith('# content-sha256')) ?? '';
    const edited = path.join(dir, 'shop.v3.lock.yaml');
    await writeFile(edited, `${digestLine}\n${stringify(doc)}`);
    expect((await readLock(edited)).intact).toBe(false);
  });

  it('is not intact without its digest line', async () => {
    const stripped = path.join(dir, 'shop.v4.lock.yaml');
    await writeFile(stripped, (await readFile(lockFile, 'utf8')).replace(/^# content-sha256.*\n/m, ''));
    expect((await readLock(stripped)).intact).toBe(false);
  });

  it('is listed by service, then by numeric version', async () => {
    await writeFile(path.join(dir, 'shop.v10.lock.yaml'), text);
    await writeFile(path.join(dir, 'another.v1.lock.yaml'), text);
    await writeFile(path.join(dir, 'notes.yaml'), 'not a lock');
    expect((await listLocks(dir)).map((file) => path.basename(file))).toEqual([
      'another.v1.lock.yaml',
      'shop.v1.lock.yaml',
      'shop.v2.lock.yaml',
      'shop.v3.lock.yaml',
      'shop.v4.lock.yaml',
      'shop.v10.lock.yaml',
    ]);
  });
});
