/**
 * Lock files: `contracts/<service>.<version>.lock.yaml`, one released version of one service, written only by
 * `npm run contract:release` and committed. The header records a digest of the content, so that `check`
 * notices a hand edit (a lock loosened to make the gate pass is a lock no longer worth anything).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { canonical, isObject, type Json } from './json.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCK_FILE = /^([a-z][a-z0-9-]*)\.(v[1-9][0-9]*)\.lock\.yaml$/;
const DIGEST_LINE = /^# content-sha256: ([0-9a-f]{64})$/m;

export function lockFileName(service: string, version: string): string {
  return `${service}.${version}.lock.yaml`;
}

/** The content digest: sha256 of the document as canonical JSON, so reformatting the YAML keeps it. */
export function contentDigest(doc: Json): string {
  return createHash('sha256').update(canonical(doc)).digest('hex');
}

export interface LockHeader {
  service: string;
  version: string;
  specFile: string;
  releasedOn: string;
}

/** The lock file's text: the header comment, then the document as YAML, formatted as the project's Prettier would. */
export async function renderLock(doc: Json, header: LockHeader): Promise<string> {
  const command = `npm run contract:release -- ${header.service} ${header.version}`;
  const comment = [
    `RELEASED CONTRACT of ${header.service} ${header.version}: the /api/{platform}/${header.version}/... paths of ${header.specFile}`,
    `with everything they reference, as released on ${header.releasedOn}.`,
    `Written by \`${command}\` (node scripts/contract.ts release ${header.service} ${header.version}).`,
    'NEVER EDIT BY HAND. `npm run contract:check` (CI) fails when the current spec breaks a client of this',
    'version, and when this file no longer matches its digest below. A breaking change goes into a new',
    'major version served beside this one: see docs/versioning.md.',
  ]
    .map((line) => `# ${line}`)
    .join('\n');
  const body = stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
  const text = `${comment}\n# content-sha256: ${contentDigest(doc)}\n${body}`;
  const options = (await prettier.resolveConfig(path.join(repoRoot, 'contracts/x.yaml'))) ?? {};
  return prettier.format(text, { ...options, parser: 'yaml' });
}

export interface Lock {
  file: string;
  service: string;
  version: string;
  doc: Json;
  /** False when the content no longer matches the digest the release wrote (or the digest is missing). */
  intact: boolean;
}

export async function readLock(file: string): Promise<Lock> {
  const match = LOCK_FILE.exec(path.basename(file));
  if (!match?.[1] || !match[2]) throw new Error(`${file} is not named <service>.<version>.lock.yaml`);
  const text = await readFile(file, 'utf8');
  const doc: unknown = parse(text);
  if (!isObject(doc)) throw new Error(`${file} does not hold an OpenAPI document`);
  const recorded = DIGEST_LINE.exec(text)?.[1];
  return { file, service: match[1], version: match[2], doc, intact: recorded === contentDigest(doc) };
}

/** Every lock file in a directory, sorted by service then numeric version. */
export async function listLocks(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const order = (name: string): [string, number] => {
    const match = LOCK_FILE.exec(name);
    return [match?.[1] ?? '', Number(match?.[2]?.slice(1) ?? 0)];
  };
  return names
    .filter((name) => LOCK_FILE.test(name))
    .sort((a, b) => {
      const [serviceA, versionA] = order(a);
      const [serviceB, versionB] = order(b);
      return serviceA === serviceB ? versionA - versionB : serviceA.localeCompare(serviceB);
    })
    .map((name) => path.join(dir, name));
}
