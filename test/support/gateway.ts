/** A real HAProxy (Debian's package) in front of running replicas, as src/gateway/haproxy.ts configures it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderHaproxyConfig } from '../../src/gateway/haproxy.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function until(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface Gateway {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/** Starts HAProxy on a free port in front of `backends` (service name: replica `host:port`s). */
export async function startGateway(
  backends: Readonly<Record<string, readonly string[]>>,
  checkIntervalMs = 300,
): Promise<Gateway> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const directory = await mkdtemp(path.join(tmpdir(), 'gateway-'));
  const configFile = path.join(directory, 'haproxy.cfg');
  const mapFile = path.resolve('generated/gateway.map');
  await writeFile(
    configFile,
    renderHaproxyConfig({ listen: `127.0.0.1:${port}`, backends, mapFile, checkIntervalMs }),
  );
  const haproxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  await until(async () => (await fetch(`${url}/healthz`)).status === 200, 'HAProxy to route /healthz');
  return { url, process: haproxy, stop: () => haproxy.kill('SIGTERM') };
}
