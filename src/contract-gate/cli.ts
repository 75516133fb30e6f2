/**
 * The two commands of the released-contract gate (scripts/contract.ts is the entry point):
 *
 *   release <service> <version> [--force]   write contracts/<service>.<version>.lock.yaml from spec/<service>.yaml
 *   check                                   compare every lock with the current spec; exit 1 on a breaking change
 *
 * Both take `--spec-dir DIR` (default spec/) and `--contracts-dir DIR` (default contracts/).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareVersions, formatFinding, type Finding } from './compare.ts';
import { SERVICE_NAME, VERSION_NAME, bundleSpec, extractVersion, summarize, versionsIn } from './extract.ts';
import type { Json } from './json.ts';
import { listLocks, lockFileName, readLock, renderLock } from './lock.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const USAGE = `usage:
  node scripts/contract.ts release <service> <version> [--force] [--spec-dir DIR] [--contracts-dir DIR]
  node scripts/contract.ts check [--spec-dir DIR] [--contracts-dir DIR]
(npm run contract:release -- core v1, npm run contract:check)`;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

class UsageError extends Error {}

interface Options {
  command: string;
  positional: string[];
  force: boolean;
  specDir: string;
  contractsDir: string;
}

function parseArgs(argv: string[]): Options {
  // npm run changes the working directory to the project root; resolve paths where the user typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const positional: string[] = [];
  let force = false;
  let specDir = path.join(repoRoot, 'spec');
  let contractsDir = path.join(repoRoot, 'contracts');
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const valued = (name: string): string => {
      const inline = arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : undefined;
      const value = inline ?? argv[(index += 1)];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a directory`);
      return path.resolve(cwd, value);
    };
    if (arg === '--') continue;
    else if (arg === '--force') force = true;
    else if (arg === '--spec-dir' || arg.startsWith('--spec-dir=')) specDir = valued('--spec-dir');
    else if (arg === '--contracts-dir' || arg.startsWith('--contracts-dir='))
      contractsDir = valued('--contracts-dir');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [command = '', ...rest] = positional;
  return { command, positional: rest, force, specDir, contractsDir };
}

/** A path as a person reads it: relative to the project when inside it. */
function shown(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

async function release(options: Options, output: Output): Promise<number> {
  const [service, version, ...extra] = options.positional;
  if (service === undefined || version === undefined || extra.length > 0) {
    throw new UsageError('release needs exactly a service and a version, e.g. `release core v1`');
  }
  if (!SERVICE_NAME.test(service))
    throw new UsageError(`'${service}' is not a service name (spec/<service>.yaml)`);
  if (!VERSION_NAME.test(version)) throw new UsageError(`'${version}' is not a major version like v1`);
  const specFile = path.join(options.specDir, `${service}.yaml`);
  if (!existsSync(specFile)) {
    output.err(`release: there is no ${shown(specFile)}; the services are the spec/<service>.yaml files`);
    return 1;
  }
  const lockFile = path.join(options.contractsDir, lockFileName(service, version));
  if (existsSync(lockFile) && !options.force) {
    output.err(
      `release: ${shown(lockFile)} already exists: ${service} ${version} is released and its contract is frozen.\n` +
        `  A change that breaks ${version} clients belongs in a new major version (docs/versioning.md).\n` +
        `  To re-release ${version} on purpose (say, it was locked from the wrong spec before any client shipped),\n` +
        `  run again with --force and commit the new lock with a reason.`,
    );
    return 1;
  }
  const bundled = await bundleSpec(specFile);
  const versions = versionsIn(bundled);
  if (!versions.includes(version)) {
    output.err(
      `release: ${shown(specFile)} has no /api/{platform}/${version}/... paths; it serves ${versions.join(', ') || 'no version'}`,
    );
    return 1;
  }
  const doc = extractVersion(bundled, version);
  if (existsSync(lockFile)) {
    const previous = await readLock(lockFile);
    const breaks = compareVersions(previous.doc, doc).filter((finding) => finding.breaking);
    if (breaks.length > 0) {
      output.err(`release --force: the new lock drops promises the old one made to ${version} clients:`);
      for (const finding of breaks) output.err(`  ${formatFinding({ service, version }, finding)}`);
    }
  }
  const releasedOn = new Date().toISOString().slice(0, 10);
  const text = await renderLock(doc, {
    service,
    version,
    specFile: `spec/${service}.yaml`,
    releasedOn,
  });
  await mkdir(options.contractsDir, { recursive: true });
  await writeFile(lockFile, text);
  const { paths, operations } = summarize(doc);
  output.out(
    `released ${service} ${version}: wrote ${shown(lockFile)} (${operations} operations on ${paths} paths). Commit it.`,
  );
  return 0;
}

async function specServices(specDir: string): Promise<string[]> {
  const names = await readdir(specDir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.yaml') && SERVICE_NAME.test(name.slice(0, -'.yaml'.length)))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

async function check(options: Options, output: Output): Promise<number> {
  if (options.positional.length > 0) throw new UsageError('check takes no arguments');
  const lockFiles = await listLocks(options.contractsDir);
  if (lockFiles.length === 0) {
    output.err(
      `contract check: no lock files in ${shown(options.contractsDir)}: nothing is protected.\n` +
        '  Release a version with `npm run contract:release -- <service> <version>`.',
    );
    return 1;
  }
  const bundles = new Map<string, Promise<Json | undefined>>();
  const bundleOf = (service: string): Promise<Json | undefined> => {
    let pending = bundles.get(service);
    if (!pending) {
      const specFile = path.join(options.specDir, `${service}.yaml`);
      pending = existsSync(specFile) ? bundleSpec(specFile) : Promise.resolve(undefined);
      bundles.set(service, pending);
    }
    return pending;
  };

  let breaking = 0;
  let failedVersions = 0;
  const released = new Map<string, Set<string>>();
  for (const lockFile of lockFiles) {
    const lock = await readLock(lockFile);
    const id = { service: lock.service, version: lock.version };
    released.set(lock.service, (released.get(lock.service) ?? new Set()).add(lock.version));
    if (!lock.intact) {
      failedVersions += 1;
      output.err(
        `${lock.service} ${lock.version}: ${shown(lockFile)} was edited by hand (its content no longer matches the content-sha256 in its header).\n` +
          `  A lock is written only by \`npm run contract:release -- ${lock.service} ${lock.version}\`: restore it from git,\n` +
          '  or re-release on purpose with --force.',
      );
      continue;
    }
    const bundled = await bundleOf(lock.service);
    let findings: Finding[];
    if (bundled === undefined) {
      findings = [
        {
          breaking: true,
          kind: 'service-removed',
          path: shown(path.join(options.specDir, `${lock.service}.yaml`)),
          text: `the spec is gone, and with it every path of released ${lock.version}; restore it`,
        },
      ];
    } else {
      findings = compareVersions(lock.doc, extractVersion(bundled, lock.version));
    }
    const breaks = findings.filter((finding) => finding.breaking);
    const infos = findings.filter((finding) => !finding.breaking);
    const { paths, operations } = summarize(lock.doc);
    if (breaks.length === 0) {
      const additive = infos.length === 0 ? 'no changes' : `${infos.length} non-breaking change(s)`;
      output.out(
        `${lock.service} ${lock.version}: OK — ${operations} operations on ${paths} paths keep the contract of ${shown(lockFile)} (${additive})`,
      );
    } else {
      failedVersions += 1;
      breaking += breaks.length;
      output.err(
        `${lock.service} ${lock.version}: BREAKING — ${breaks.length} change(s) break clients of the released contract ${shown(lockFile)}:`,
      );
      for (const finding of breaks) output.err(`  ${formatFinding(id, finding)}`);
    }
    for (const finding of infos) output.out(`  info: ${formatFinding(id, finding)}`);
  }

  for (const service of await specServices(options.specDir)) {
    const bundled = await bundleOf(service);
    if (bundled === undefined) continue;
    for (const version of versionsIn(bundled)) {
      if (!released.get(service)?.has(version)) {
        output.out(
          `${service} ${version}: not released yet (no ${lockFileName(service, version)}); not checked — release it with \`npm run contract:release -- ${service} ${version}\` when it ships`,
        );
      }
    }
  }

  if (failedVersions > 0) {
    output.err(
      `contract check FAILED: ${breaking} breaking change(s) in ${failedVersions} released version(s). A released version is frozen:\n` +
        '  keep it as locked, and ship the change as a new major version served beside it (docs/versioning.md).',
    );
    return 1;
  }
  output.out(`contract check passed: ${lockFiles.length} released version(s) unbroken`);
  return 0;
}

/** Runs one command; returns the exit code. */
export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.command === 'release') return await release(options, output);
    if (options.command === 'check') return await check(options, output);
    throw new UsageError(
      options.command === '' ? 'no command given' : `unknown command '${options.command}'`,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`contract: ${error.message}\n${USAGE}`);
      return 2;
    }
    output.err(`contract: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
