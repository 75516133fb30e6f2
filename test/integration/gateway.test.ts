/**
 * The gateway: a real HAProxy (Debian's package) in front of the services, configured by
 * src/gateway/haproxy.ts with the route map generated from the specs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHaproxyConfig } from '../../src/gateway/haproxy.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { serviceNames, type ServiceName } from '../../src/services.ts';
import { appTokens, testConfig } from '../support/env.ts';
import { jsonOf } from '../support/assertions.ts';

const mapFile = path.resolve('generated/gateway.map');
let haproxy: ChildProcess;
let gateway: string;
const replicas: Partial<Record<ServiceName, RunningServer[]>> = {};

async function freePort(): Promise<number> {
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

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const get = (url: string) => fetch(`${gateway}${url}`, { headers: { 'x-app-token': appTokens.android } });

beforeAll(async () => {
  // Two replicas of core (to show retries on another replica), one of each other service.
  for (const service of serviceNames) {
    const count = service === 'core' ? 2 : 1;
    replicas[service] = await Promise.all(
      Array.from({ length: count }, () => startServer(testConfig(), { services: [service] })),
    );
  }
  const port = await freePort();
  gateway = `http://127.0.0.1:${port}`;
  const backends = Object.fromEntries(
    Object.entries(replicas).map(([service, servers]) => [
      service,
      (servers ?? []).map((server) => new URL(server.url).host),
    ]),
  );
  const directory = await mkdtemp(path.join(tmpdir(), 'gateway-'));
  const configFile = path.join(directory, 'haproxy.cfg');
  await writeFile(
    configFile,
    renderHaproxyConfig({ listen: `127.0.0.1:${port}`, backends, mapFile, checkIntervalMs: 300 }),
  );
  haproxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  await until(async () => (await fetch(`${gateway}/healthz`)).status === 200, 'HAProxy to route /healthz');
}, 60_000);

afterAll(async () => {
  haproxy.kill('SIGTERM');
  for (const servers of Object.values(replicas))
    await Promise.all((servers ?? []).map((server) => server.close().catch(() => undefined)));
});

describe('when a request goes through the gateway', () => {
  it('then every route of the generated map reaches its service, none falls to the unknown route', async () => {
    const routes = (await readFile(mapFile, 'utf8'))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(' ') as [string, string]);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const [segment] of routes) {
      const response = await get(`/api/android/v1/${segment}`);
      const body = await response.text();
      expect(body, `/${segment} was not routed`).not.toContain('the gateway routes');
      expect(response.status, `/${segment}`).toBeLessThan(500);
    }
  });

  it('then a read answers as the service does', async () => {
    const body = await jsonOf(await get('/api/android/v1/country?per_page=1'), 200);
    expect(body.data).toEqual([{ id: 1, name: 'Indonesia', iso_code: 'ID' }]);
  });

  it.each([['/api/android/v1/nope'], ['/nope'], ['/api/android/v1']])(
    'then an unknown route %s answers the style guide 404 body',
    async (url) => {
      const body = await jsonOf(await get(url), 404);
      expect(Object.keys(body)).toEqual(['message']);
    },
  );

  it('then the docs and the specs are served through it', async () => {
    expect((await fetch(`${gateway}/docs/`)).status).toBe(200);
    expect(await (await fetch(`${gateway}/spec/core.yaml`)).text()).toContain('openapi: 3.0.3');
  });
});

describe('when a replica goes away', () => {
  it('then idempotent requests keep succeeding on the other replica', async () => {
    const [first] = replicas.core ?? [];
    await first?.close();
    const statuses = [];
    for (let attempt = 0; attempt < 20; attempt++)
      statuses.push((await get('/api/android/v1/country')).status);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
  });
});
