/**
 * A rolling restart of two core replicas behind the real HAProxy under a 50-connection load
 * (autocannon): each replica in turn gets SIGTERM, drains, exits and starts again; the run
 * counts every request that did not answer 2xx. Figures for docs/resilience.md, not a test.
 *
 *   DATABASE_URL=... REDIS_URL=... node scripts/rolling-restart.ts [seconds] [unready-ms] [check-ms]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { freePort, startGateway, until } from '../test/support/gateway.ts';

const [seconds = 24, unreadyMs = 1000, checkMs = 2000] = process.argv.slice(2).map(Number);
const config = loadConfig();

function startReplica(port: number): ChildProcess {
  return spawn(process.execPath, ['src/main.ts'], {
    env: {
      ...process.env,
      SERVICES: 'core',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SHUTDOWN_UNREADY_MS: String(unreadyMs),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function healthy(port: number): Promise<void> {
  await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, `replica ${port}`);
}

/** SIGTERM, wait for the exit, start again on the same port, wait until ready. */
async function restart(replica: ChildProcess, port: number): Promise<{ next: ChildProcess; exitMs: number }> {
  const signalled = performance.now();
  const exited = new Promise<void>((resolve) => replica.once('exit', () => resolve()));
  replica.kill('SIGTERM');
  await exited;
  const exitMs = performance.now() - signalled;
  const next = startReplica(port);
  await healthy(port);
  return { next, exitMs };
}

const ports = [await freePort(), await freePort()];
let replicas = ports.map(startReplica);
await Promise.all(ports.map(healthy));
const gateway = await startGateway({ core: ports.map((port) => `127.0.0.1:${port}`) }, checkMs);

const load = autocannon({
  url: `${gateway.url}/api/android/v1/country?page=1&per_page=5`,
  connections: 50,
  duration: seconds,
  headers: { 'x-app-token': config.appTokens.android },
});
const restarts: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
await pause(3000);
for (const [index, port] of ports.entries()) {
  const replica = replicas[index];
  if (!replica) continue;
  const { next, exitMs } = await restart(replica, port);
  replicas = replicas.map((old, at) => (at === index ? next : old));
  restarts.push(`replica ${index + 1}: exited ${exitMs.toFixed(0)} ms after SIGTERM`);
  // Let HAProxy see it healthy again before taking the other one down.
  await pause(checkMs * 2);
}
const result = await load;
gateway.stop();
for (const replica of replicas) replica.kill('SIGTERM');

const failed = result.errors + result.timeouts + result.non2xx;
console.log(
  JSON.stringify(
    {
      seconds,
      unreadyMs,
      checkMs,
      requests: result.requests.total,
      ok2xx: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      failed,
      latencyP99Ms: result.latency.p99,
      restarts,
    },
    null,
    2,
  ),
);
