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
import { resetRateLimits } from '../support/server.ts';
import { createAccount, phoneNumber } from '../support/auth.ts';
import { lastRecordedMessage } from '../../src/auth/otp-sender.ts';
import { OTP_GRANT } from '../../handlers/core/oauth/index.ts';

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
  const [firstCore] = replicas.core ?? [];
  if (firstCore) await resetRateLimits(firstCore);
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

/** A client of the gateway: JSON in and out, with the android app token and a bearer token. */
async function call(
  method: string,
  url: string,
  options: { bearer?: string; json?: unknown; form?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'x-app-token': appTokens.android };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  return fetch(`${gateway}/api/android/v1${url}`, { method, headers, body });
}

const idOf = (response: Response): number => Number(response.headers.get('location')?.split('/').pop());

/** Registers through the gateway, reads the code the recording sender kept, and signs in with it. */
async function register(role: 'user' | 'driver'): Promise<{ id: number; token: string }> {
  const phone = phoneNumber();
  const registered = await call('POST', '/account', {
    json: { phone_number: phone, password: 'a good password', role },
  });
  await jsonOf(registered, 201);
  const core = replicas.core?.[1];
  if (!core) throw new Error('no core replica');
  const code = /\b(\d{6})\b/.exec((await lastRecordedMessage(core.redis, phone)) ?? '')?.[1] ?? '';
  const tokens = await jsonOf(
    await call('POST', '/oauth/token', { form: { grant_type: OTP_GRANT, phone_number: phone, otp: code } }),
    200,
  );
  return { id: idOf(registered), token: String(tokens.access_token) };
}

describe('when a user orders and a driver delivers through the gateway', () => {
  it('then register -> order -> accept -> pick up -> deliver works across the three services', async () => {
    const core = replicas.core?.[1];
    if (!core) throw new Error('no core replica');
    // The catalogue: an admin (made by operators, in SQL) adds a product through the gateway.
    const admin = await createAccount(core, 'admin');
    const adminTokens = await jsonOf(
      await call('POST', '/oauth/token', {
        form: { grant_type: 'password', username: admin.phoneNumber, password: admin.password },
      }),
      200,
    );
    const created = await call('POST', '/product', {
      bearer: String(adminTokens.access_token),
      json: { name: 'Nasi Goreng Gateway', price: 25000, image_url: 'https://images.example.com/nasi.jpg' },
    });
    await jsonOf(created, 201);
    const productId = idOf(created);

    const user = await register('user');
    const spot = {
      lat: Number((Math.random() * 100 - 50).toFixed(6)),
      lng: Number((Math.random() * 340 - 170).toFixed(6)),
    };
    const addresses: number[] = [];
    for (const [label, lat] of [
      ['Warung', spot.lat + 0.01],
      ['Rumah', spot.lat + 0.02],
    ] as const) {
      const saved = await call('POST', `/user/${user.id}/address`, {
        bearer: user.token,
        json: { label, street: `Jl. ${label} No. 1`, city_id: 12, lat, lng: spot.lng },
      });
      await jsonOf(saved, 201);
      addresses.push(idOf(saved));
    }
    const placed = await call('POST', '/order', {
      bearer: user.token,
      json: {
        items: [{ product_id: productId, quantity: 2 }],
        pickup_address_id: addresses[0],
        dropoff_address_id: addresses[1],
      },
    });
    await jsonOf(placed, 201);
    const orderId = idOf(placed);

    const driver = await register('driver');
    await jsonOf(
      await call('PUT', `/driver/${driver.id}/location`, { bearer: driver.token, json: spot }),
      200,
    );
    const offers = await jsonOf(await call('GET', '/delivery-offer', { bearer: driver.token }), 200);
    expect((offers.data as { order_id: number }[]).map((offer) => offer.order_id)).toContain(orderId);
    await jsonOf(await call('POST', '/delivery', { bearer: driver.token, json: { order_id: orderId } }), 201);
    for (const status of ['picked_up', 'delivered']) {
      await jsonOf(
        await call('PATCH', `/delivery/${orderId}`, { bearer: driver.token, json: { status } }),
        200,
      );
    }
    const seen = await jsonOf(await call('GET', `/order/${orderId}`, { bearer: user.token }), 200);
    expect(seen.data).toMatchObject({ status: 'delivered', driver_id: driver.id, total: 50000 });

    await core.pool.query('DELETE FROM `order` WHERE id = ?', [orderId]);
    await core.pool.query('DELETE FROM product WHERE id = ?', [productId]);
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
