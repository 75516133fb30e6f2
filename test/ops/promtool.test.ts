/**
 * The alert rules and the Prometheus configuration (ops/prometheus) as CI checks them:
 * `promtool check rules`, `promtool check config` and the rule unit tests of alerts.test.yml.
 * promtool comes from Debian's `prometheus` package (scripts/prepare-machine.sh installs it).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const directory = path.resolve('ops/prometheus');

function promtool(args: string[], cwd = directory): { status: number | null; output: string } {
  const run = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  if (run.error) throw new Error(`promtool is missing (apt-get install prometheus): ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('when promtool checks ops/prometheus', () => {
  it('then the alert rules are valid', () => {
    const result = promtool(['check', 'rules', 'alerts.yml']);
    expect(result.output).toContain('SUCCESS: 7 rules found');
    expect(result.status).toBe(0);
  });

  it('then prometheus.yml is valid and loads the rules', () => {
    const result = promtool(['check', 'config', 'prometheus.yml']);
    expect(result.status, result.output).toBe(0);
  });

  it('then the rule unit tests pass', () => {
    const result = promtool(['test', 'rules', 'alerts.test.yml']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('SUCCESS');
  });

  it('and the unit tests catch an item budget moved off SG-11 (250 ms)', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'promtool-'));
    await cp(directory, copy, { recursive: true });
    const rules = await readFile(path.join(copy, 'alerts.yml'), 'utf8');
    expect(rules).toContain(')) > 0.25');
    await writeFile(path.join(copy, 'alerts.yml'), rules.replace(')) > 0.25', ')) > 0.5'));
    const result = promtool(['test', 'rules', 'alerts.test.yml'], copy);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('alertname: ItemLatencyOverBudget');
  });
});
