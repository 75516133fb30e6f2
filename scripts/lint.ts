/**
 * `npm run lint`: the style-guide gate (rules/README.md).
 *
 *   npm run lint                              Spectral on every top-level spec/*.yaml, then eslint, prettier and knip
 *   npm run lint -- path/to/spec.yaml ...     Spectral on exactly those files (one process, all files)
 *   npm run lint -- --format sarif ...        any Spectral formatter: stylish (default), github-actions, sarif, json...
 *
 * Spectral runs once, through its own CLI, with the root .spectral.yaml and --fail-severity=warn: any error or
 * warning fails. spec/common/** are fragments reached through $ref and are linted through the specs that use them.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const spectralCli = path.join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const eslintCli = path.join(root, 'node_modules/eslint/bin/eslint.js');
const prettierCli = path.join(root, 'node_modules/prettier/bin/prettier.cjs');
const knipCli = path.join(root, 'node_modules/knip/bin/knip.js');

// Spectral options that take a value; every other option is passed on as a flag.
const VALUED = new Set([
  '--format',
  '-f',
  '--output',
  '-o',
  '--ruleset',
  '-r',
  '--fail-severity',
  '-F',
  '--resolver',
]);

/** Splits the command line into Spectral options and the files to lint. */
export function parseArgs(argv: string[]): { options: string[]; files: string[] } {
  const options: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg.startsWith('-')) {
      options.push(arg);
      if (VALUED.has(arg) && i + 1 < argv.length) options.push(argv[(i += 1)] ?? '');
    } else {
      files.push(arg);
    }
  }
  return { options, files };
}

/** The top-level specs of the project: spec/*.yaml, not the spec/common/** fragments. */
export function projectSpecs(): string[] {
  const dir = path.join(root, 'spec');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join('spec', e.name))
    .sort();
}

/** Runs a node CLI in the foreground; returns its exit status. */
function run(label: string, script: string, args: string[], cwd: string): number {
  if (process.env.LINT_QUIET !== '1') process.stderr.write(`\n> ${label}\n`);
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Spectral once on all files, every error or warning failing, the ruleset being the root .spectral.yaml. */
function spectral(files: string[], options: string[], cwd: string): number {
  const hasRuleset = options.some((o) => o === '--ruleset' || o === '-r' || o.startsWith('--ruleset='));
  const hasFail = options.some(
    (o) => o === '--fail-severity' || o === '-F' || o.startsWith('--fail-severity='),
  );
  const args = [
    'lint',
    ...(hasRuleset ? [] : ['--ruleset', path.join(root, '.spectral.yaml')]),
    ...(hasFail ? [] : ['--fail-severity', 'warn']),
    ...options,
    ...files,
  ];
  return run(`spectral lint ${files.join(' ')}`, spectralCli, args, cwd);
}

function main(): number {
  const { options, files } = parseArgs(process.argv.slice(2));
  if (files.length > 0) {
    // npm run changes the working directory to the project root; resolve paths where the user typed them.
    const cwd = process.env.INIT_CWD ?? process.cwd();
    return spectral(files, options, cwd);
  }
  let status = 0;
  const specs = projectSpecs();
  if (specs.length === 0) {
    process.stderr.write('lint: no spec/*.yaml yet, Spectral skipped\n');
  } else {
    status ||= spectral(specs, options, root);
  }
  status = run('eslint .', eslintCli, ['.'], root) || status;
  status = run('prettier --check .', prettierCli, ['--check', '.'], root) || status;
  // Dead code: unused files, exports and dependencies (knip.json says where the entries are).
  status = run('knip', knipCli, ['--no-progress'], root) || status;
  return status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
