/**
 * One window at an evenly paced rate, by wrk (Debian's `wrk`, C, one thread): each of the
 * connections waits a random 0..2x its share of the interval before each request, so requests
 * arrive spread over the second, not in autocannon's per-second bursts (its fixed rate sends
 * every connection's share at the top of each second, and its p99 then measures that burst's
 * queue). The p50/p99 are then what one request waits at that rate with that many connections.
 * wrk's own CPU counts as "other processes". Without wrk, `measureAtRate` falls back to
 * autocannon at the same rate.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureWindow, type Window } from './load.ts';
import { cpuShare, sampleCpu } from './proc-cpu.ts';
import { serverCpuMicros, type ServerChild } from './server-process.ts';

export interface PacedSettings {
  connections: number;
  seconds: number;
  appToken: string;
  requestsPerSecond: number;
}

let available: boolean | undefined;

/** Whether wrk is installed (`apt-get install wrk`). */
export function hasWrk(): boolean {
  available ??= spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
  return available;
}

/** The Lua script: random GETs from `paths`, paced per connection. */
function script(paths: readonly string[], appToken: string, meanDelayMs: number): string {
  return [
    'math.randomseed(os.time())',
    `local paths = {${paths.map((target) => JSON.stringify(target)).join(',')}}`,
    `local headers = { ["X-APP-TOKEN"] = ${JSON.stringify(appToken)} }`,
    'request = function() return wrk.format("GET", paths[math.random(#paths)], headers) end',
    `delay = function() return math.random(0, ${Math.max(1, Math.round(2 * meanDelayMs))}) end`,
  ].join('\n');
}

/** wrk's duration text ("812.00us", "1.52ms", "1.01s") in ms. */
function durationMs(text: string | undefined, unit: string | undefined): number {
  const value = Number(text);
  return unit === 'us' ? value / 1000 : unit === 's' ? value * 1000 : unit === 'm' ? value * 60_000 : value;
}

function parse(output: string, seconds: number) {
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? Number.NaN);
  const latency = (percent: number) => {
    const match = new RegExp(`^\\s+${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    return durationMs(match?.[1], match?.[2]);
  };
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const errors = socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0;
  return { requests, p50: latency(50), p99: latency(99), non2xx, errors, seconds };
}

async function measurePacedWindow(
  child: ServerChild,
  paths: readonly string[],
  settings: PacedSettings,
): Promise<Window> {
  const directory = mkdtempSync(path.join(tmpdir(), 'delivery-bench-wrk-'));
  const file = path.join(directory, 'paced.lua');
  // A connection's cycle is its latency plus its delay: the delay is its whole share.
  writeFileSync(
    file,
    script(paths, settings.appToken, (settings.connections / settings.requestsPerSecond) * 1000),
  );
  try {
    const cpuBefore = await serverCpuMicros(child);
    const before = sampleCpu(child.process.pid);
    const wrk = spawn(
      'wrk',
      ['-t1', `-c${settings.connections}`, `-d${settings.seconds}s`, '--latency', '-s', file, child.url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    wrk.stdout.setEncoding('utf8');
    wrk.stdout.on('data', (chunk: string) => (output += chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      wrk.once('error', reject);
      wrk.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`wrk exited with ${code}: ${output}`);
    const cpu = cpuShare(before, sampleCpu(child.process.pid));
    const cpuMicros = (await serverCpuMicros(child)) - cpuBefore;
    const figures = parse(output, settings.seconds);
    if (!Number.isFinite(figures.requests) || !Number.isFinite(figures.p99))
      throw new Error(`cannot read wrk's output: ${output}`);
    return {
      server: child.label,
      seconds: settings.seconds,
      requestsPerSecond: figures.requests / settings.seconds,
      p50: figures.p50,
      p99: figures.p99,
      requests: figures.requests,
      // wrk counts, but does not break down, the statuses that are not 2xx or 3xx.
      statuses: { '2xx/3xx': figures.requests - figures.non2xx, other: figures.non2xx },
      non2xx: figures.non2xx,
      errors: figures.errors,
      cpuMicrosPerRequest: figures.requests > 0 ? cpuMicros / figures.requests : Number.NaN,
      cpu,
      exhausted: false,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * One window of GETs, each to one of `paths` at random, at `requestsPerSecond`: paced by wrk, or
 * without it by autocannon, which sends each second's share at once (its p99 is then that
 * burst's queue, not a request's wait).
 */
export function measureAtRate(
  child: ServerChild,
  paths: readonly string[],
  settings: PacedSettings,
): Promise<Window> {
  if (hasWrk()) return measurePacedWindow(child, paths, settings);
  return measureWindow(
    child,
    () => ({ method: 'GET', path: paths[Math.floor(Math.random() * paths.length)] ?? '/' }),
    settings,
  );
}
