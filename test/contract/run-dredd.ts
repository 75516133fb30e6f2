/**
 * `npm run test:contract`: Dredd against android's bundle of every service
 * (generated/platforms/android/<service>.yaml),
 * on the real server started in-process on a free port against the test database. Each
 * service's plan (services/) prepares its data; hooks.cjs makes every documented status
 * happen or skips it with a reason, and checks every response against its full schema.
 * Exits non-zero on any failure, hook error or untested status.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appTokens } from '../support/env.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import * as ledger from './ledger.cjs';
import type { LedgerSnapshot } from './ledger.cjs';
import { servicePlans } from './services/index.ts';
import { emptyPlan } from './services/plan.ts';

interface DreddStats {
  tests: number;
  failures: number;
  errors: number;
  passes: number;
  skipped: number;
}
type DreddRunner = new (config: Record<string, unknown>) => {
  run(callback: (error: Error | null, stats: DreddStats) => void): void;
};

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const specDir = path.join(root, 'spec');
const hooksPath = path.join(here, 'hooks.cjs');
/**
 * The platform whose bundles run (docs/platforms.md): its URLs are literal and its security is
 * only what android sends (app token, bearer token; no CSRF, no cookies).
 */
const platform = 'android';
const platformDir = path.join(root, 'generated', 'platforms', platform);

// Dredd 14 uses APIs that Node 24 deprecates; the warnings say nothing about the API under test.
process.noDeprecation = true;
const Dredd = createRequire(import.meta.url)('dredd') as DreddRunner;

interface ServiceResult {
  service: string;
  snapshot: LedgerSnapshot;
  stats: DreddStats;
  problems: string[];
}

function runDredd(bundlePath: string, endpoint: string): Promise<DreddStats> {
  const dredd = new Dredd({
    endpoint,
    path: [bundlePath],
    hookfiles: [hooksPath],
    // Dredd's OpenAPI 3 parser warns about every keyword it does not know (tags, format,
    // additionalProperties...): dozens of lines that the full-schema check makes moot.
    loglevel: process.env.CONTRACT_DREDD_LOGLEVEL ?? 'error',
    color: process.stdout.isTTY,
    custom: { cwd: root },
  });
  return new Promise((resolve, reject) => {
    dredd.run((error, stats) => (error ? reject(error) : resolve(stats)));
  });
}

async function testService(service: string, server: TestServer): Promise<ServiceResult> {
  const bundlePath = path.join(platformDir, `${service}.yaml`);
  process.stdout.write(`\n== ${service}: ${path.relative(root, bundlePath)} against ${server.url}\n`);
  const plan = servicePlans[service];
  if (!plan) process.stdout.write(`note: no plan for '${service}' in test/contract/services/index.ts\n`);
  const prepared = await (plan ?? emptyPlan).prepare(server);
  const { cleanup: _cleanup, ...data } = prepared;
  ledger.begin({ service, bundlePath, platform, appTokens, plan: data });
  let stats: DreddStats;
  try {
    stats = await runDredd(bundlePath, server.url);
  } finally {
    const created = ledger.snapshot().records.flatMap((record) => (record.created ? [record.created] : []));
    await prepared.cleanup(created);
  }
  const snapshot = ledger.snapshot();
  const problems = [...snapshot.notes];
  if (!snapshot.hooksLoaded)
    problems.push(
      `Dredd did not load ${path.relative(root, hooksPath)} (set CONTRACT_DREDD_LOGLEVEL=warn to see why)`,
    );
  for (const record of snapshot.records.filter((candidate) => candidate.outcome === 'pending')) {
    problems.push(`${record.name}: no verdict (a hook or Dredd errored)`);
  }
  if (stats.errors > 0) problems.push(`Dredd reported ${stats.errors} error(s)`);
  const count = (outcome: string) => snapshot.records.filter((record) => record.outcome === outcome).length;
  const ours = [snapshot.records.length, count('passed'), count('failed'), count('skipped')];
  const dredds = [stats.tests, stats.passes, stats.failures, stats.skipped];
  if (ours.join() !== dredds.join()) {
    problems.push(
      `the hooks counted ${ours.join('/')} (total/passed/failed/skipped), Dredd ${dredds.join('/')}`,
    );
  }
  return { service, snapshot, stats, problems };
}

function report(results: readonly ServiceResult[], seconds: number): boolean {
  const records = results.flatMap((result) => result.snapshot.records);
  const problems = results.flatMap((result) =>
    result.problems.map((problem) => `${result.service}: ${problem}`),
  );
  const skipped = records.filter((record) => record.outcome === 'skipped');
  const failed = records.filter((record) => record.outcome === 'failed');
  const lines = ['', `skipped: ${skipped.length}`];
  const byReason = Map.groupBy(skipped, (record) => record.reasons.join('; '));
  for (const [reason, group] of byReason) {
    lines.push(`  ${group.length} x reason: ${reason}`, ...group.map((record) => `    - ${record.name}`));
  }
  lines.push(`failed: ${failed.length}`);
  for (const record of failed) {
    lines.push(`  - ${record.name}`, `      request: ${record.request || '(not sent)'}`);
    if (record.response) lines.push(`      response: ${record.response}`);
    for (const reason of new Set(record.reasons)) lines.push(`      ${reason.replace(/\n/g, '\n      ')}`);
  }
  for (const problem of problems) lines.push(`error: ${problem}`);
  const passed = records.filter((record) => record.outcome === 'passed').length;
  lines.push(
    `dredd: ${records.length} transactions, ${passed} passed, ${failed.length} failed, ${skipped.length} skipped ` +
      `(reasons above); ${results.length} service(s): ${results.map((result) => result.service).join(', ')}; ${seconds.toFixed(1)}s`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed.length === 0 && problems.length === 0 && records.length > 0;
}

async function main(): Promise<number> {
  const started = performance.now();
  const bundles = readdirSync(platformDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();
  // A service is spec/<name>.yaml; the merged document of every service (api.yaml, for the mock
  // and Postman) repeats operations that their own service's run tests.
  const services = bundles.filter((name) => existsSync(path.join(specDir, `${name}.yaml`)));
  for (const name of bundles.filter((bundle) => !services.includes(bundle))) {
    process.stdout.write(
      `note: ${path.relative(root, path.join(platformDir, `${name}.yaml`))} is not tested: no spec/${name}.yaml, so it is not a service's bundle\n`,
    );
  }
  if (services.length === 0) {
    process.stderr.write(`no ${path.relative(root, platformDir)}/*.yaml: run \`npm run generate\` first\n`);
    return 1;
  }
  const server = await startTestServer();
  const results: ServiceResult[] = [];
  try {
    for (const service of services) results.push(await testService(service, server));
  } finally {
    await server.close();
  }
  return report(results, (performance.now() - started) / 1000) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `contract tests could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
