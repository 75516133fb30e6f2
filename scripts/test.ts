/**
 * `npm test`: everything CI checks, in order, stopping at nothing so one run shows every
 * failure: spec and code lint, generated/ freshness, typecheck, the bundle npm start runs
 * (scripts/build.ts), vitest (unit and integration against the real MySQL and Redis), and Dredd
 * against the running services.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
}

const steps: Step[] = [
  { name: 'lint (Spectral style guide, ESLint, Prettier)', command: ['node', 'scripts/lint.ts'] },
  { name: 'generated/ is fresh', command: ['node', 'scripts/generate.ts', '--check'] },
  { name: 'released contracts are not broken', command: ['node', 'scripts/contract.ts', 'check'] },
  { name: 'typecheck', command: ['npx', 'tsc', '-p', '.'] },
  { name: 'bundle builds (npm run build)', command: ['node', 'scripts/build.ts'] },
  {
    name: 'docker-compose.yml is valid',
    command: ['docker-compose', '-f', 'docker-compose.yml', 'config', '--quiet'],
  },
  { name: 'vitest (unit + integration)', command: ['npx', 'vitest', 'run'] },
  { name: 'dredd contract tests', command: ['node', 'test/contract/run-dredd.ts'] },
  { name: 'postman collection is fresh', command: ['node', 'scripts/postman.ts', '--check'] },
  { name: 'postman collection (newman)', command: ['node', 'test/postman/run-newman.ts'] },
  {
    name: 'postman collection through the gateway (newman, HAProxy)',
    command: ['node', 'test/postman/run-newman.ts', '--gateway'],
  },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps.filter(
  (candidate) => only.length === 0 || only.some((word) => candidate.name.includes(word)),
)) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const [program = 'node', ...args] = step.command;
  const run = spawnSync(program, args, { stdio: 'inherit' });
  results.push({ name: step.name, ok: run.status === 0, seconds: (performance.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const result of results) {
  console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name}  (${result.seconds.toFixed(1)} s)`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
