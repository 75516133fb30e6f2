/**
 * `node scripts/code-quality.ts [report.json]`: the style-guide findings on spec/*.yaml as a
 * GitLab Code Quality report (Spectral's code-climate formatter), so merge requests show them
 * inline. Spectral writes 0-based line numbers; GitLab counts from 1, so they are shifted.
 * Always exits 0: the lint job's own Spectral run passes or fails the pipeline.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';

interface Issue {
  location: { positions?: Record<string, { line: number; column: number }> };
}

const report = process.argv[2] ?? 'gl-code-quality-report.json';
const specs = readdirSync('spec')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => `spec/${name}`);
const run = spawnSync(
  'node',
  [
    'node_modules/@stoplight/spectral-cli/dist/index.js',
    'lint',
    ...specs,
    '--format=code-climate',
    '--quiet',
  ],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const issues = JSON.parse(run.stdout || '[]') as Issue[];
for (const issue of issues)
  for (const position of Object.values(issue.location.positions ?? {})) position.line += 1;
writeFileSync(report, `${JSON.stringify(issues, null, 2)}\n`);
console.log(`${report}: ${issues.length} finding(s)`);
