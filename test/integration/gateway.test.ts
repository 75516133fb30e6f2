/**
 * The gateway: a real HAProxy (Debian's package) in front of the services, configured by
 * src/gateway/haproxy.ts with the route map generated from the specs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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
import { Writable } from 'node:stream';
import { freePort, until } from '../support/gateway.ts';
import { createLogger } from '../../src/observability/logger.ts';

const mapFile = path.resolve('generated/gateway.map');
let haproxy: ChildProcess;
let gateway: string;
let gatewayMetrics: string;
/** What HAProxy and the services logged (JSON lines of the services, parsed). */
const haproxyLog: string[] = [];
const serviceLog: Record<string, unknown>[] = [];
const capturedLog = createLogger(
  { logLevel: 'debug', logPretty: false },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        serviceLog.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  }),
);
const replicas: Partial<Record<ServiceName, RunningServer[]>> = {};

const get = (url: string) => fetch(`${gateway}${url}`, { headers: { 'x-app-token': appTokens.android } });

beforeAll(async () => {
  // Two replicas of core (to show retries on another replica), one of each other service.
  for (const service of serviceNames) {
    const count = service === 'core' ? 2 : 1;
    replicas[service] = await Promise.all(
      Array.from({ length: count }, () =>
        startServer(testConfig(), { services: [service], log: capturedLog }),
      ),
    );
  }
  const [firstCore] = replicas.core ?? [];
  if (firstCore) await resetRateLimits(firstCore);
  const port = await freePort();
  gateway = `http://127.0.0.1:${port}`;
  const metricsPort = await freePort();
  gatewayMetrics = `http://127.0.0.1:${metricsPort}/metrics`;
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
    renderHaproxyConfig({
      listen: `127.0.0.1:${port}`,
      metricsListen: `127.0.0.1:${metricsPort}`,
      backends,
      mapFile,
      checkIntervalMs: 300,
    }),
  );
  haproxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  haproxy.stdout?.on('data', (chunk: Buffer) => haproxyLog.push(...chunk.toString().split('\n')));
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

describe('when a client sends a request id through the gateway', () => {
  const logged = (id: string) => serviceLog.filter((line) => line.request_id === id);

  it("then the same id is in the response, in HAProxy's log line and in the service's request line", async () => {
    const id = `client-${Date.now()}-abcdef`;
    const response = await fetch(`${gateway}/api/android/v1/country?page=1`, {
      headers: { 'x-app-token': appTokens.android, 'x-request-id': id },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(id);
    await until(async () => haproxyLog.some((line) => line.startsWith(`${id} `)), 'HAProxy to log the id');
    expect(haproxyLog.find((line) => line.startsWith(`${id} `))).toContain('GET /api/android/v1/country');
    expect(haproxyLog.join('\n')).not.toContain('page=1');
    await until(async () => logged(id).length > 0, 'the service to log the id');
    expect(logged(id)[0]).toMatchObject({
      msg: 'request completed',
      operation: 'listCountry',
      method: 'GET',
      path: '/api/android/v1/country',
      status: 200,
    });
  });

  it('then an ill-formed id is replaced by one the gateway makes, answered and logged alike', async () => {
    const response = await fetch(`${gateway}/api/android/v1/city/999999`, {
      headers: { 'x-app-token': appTokens.android, 'x-request-id': 'bad id\twith spaces' },
    });
    expect(response.status).toBe(404);
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await until(async () => logged(id).length > 0, 'the service to log the gateway id');
    expect(logged(id)[0]).toMatchObject({ status: 404, operation: 'readCity' });
  });

  it("then the gateway's own 404 carries an id too", async () => {
    const response = await get('/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
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

/** Every `name{labels} value` line of a Prometheus text exposition, with its labels parsed. */
function seriesOf(text: string): { name: string; labels: Record<string, string> }[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name = '', labelText = ''] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? /.exec(line) ?? [];
      const labels = Object.fromEntries(
        [...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key = '', value = '']) => [key, value]),
      );
      return { name, labels };
    });
}

/** A label value that names one request or resource (a URL, an id) instead of a kind of them. */
const looksLikeIdOrUrl = (value: string) =>
  value.includes('/') ||
  value.includes('?') ||
  /^\d{4,}$/.test(value) ||
  /[0-9a-f]{8}-[0-9a-f]{4}-/.test(value);

describe('when Prometheus scrapes after some traffic', () => {
  it('then each service shows per-operation series with buckets at the SG-11 budgets and bounded labels', async () => {
    for (let round = 0; round < 20; round++) {
      await get('/api/android/v1/country');
      await get(`/api/android/v1/city/${round + 1000}`);
      await get(`/api/android/v1/no-such-thing/${round}`);
    }
    const core = replicas.core ?? [];
    const texts = await Promise.all(
      core.map(async (server) => (await fetch(server.metricsUrl ?? '')).text()),
    );
    const series = texts.flatMap(seriesOf);
    console.log(`service /metrics: ${series.length / core.length} series per core process after the load`);
    const buckets = series.filter(
      (entry) =>
        entry.name === 'http_request_duration_seconds_bucket' && entry.labels.operation === 'listCountry',
    );
    expect(buckets.map((entry) => entry.labels.le)).toEqual(expect.arrayContaining(['0.25', '0.4', '+Inf']));
    expect(buckets[0]?.labels).toMatchObject({ service: 'core', method: 'GET' });
    const requests = series.filter((entry) => entry.name === 'http_requests_total');
    expect(requests.map((entry) => entry.labels)).toEqual(
      expect.arrayContaining([
        { service: 'core', operation: 'listCountry', method: 'GET', status: '200' },
        { service: 'core', operation: 'readCity', method: 'GET', status: '404' },
      ]),
    );
    const names = new Set(series.map((entry) => entry.name));
    for (const name of [
      'mysql_pool_connections_in_use',
      'mysql_pool_connections_free',
      'mysql_pool_requests_waiting',
      'redis_up',
      'dependency_up',
      'nodejs_eventloop_lag_seconds',
      'process_cpu_user_seconds_total',
    ])
      expect(names, name).toContain(name);
    expect(series.find((entry) => entry.labels.dependency === 'mysql')).toBeDefined();
    for (const { name, labels } of series)
      for (const [key, value] of Object.entries(labels))
        if (key !== 'version') expect(looksLikeIdOrUrl(value), `${name}{${key}="${value}"}`).toBe(false);
  });

  it("then HAProxy's exporter answers on its private port, and neither /metrics is public", async () => {
    const text = await (await fetch(gatewayMetrics)).text();
    const series = seriesOf(text);
    console.log(`HAProxy /metrics: ${series.length} series`);
    expect(series.find((entry) => entry.name === 'haproxy_frontend_http_requests_total')?.labels).toEqual({
      proxy: 'api',
    });
    expect(
      series.some((entry) => entry.name === 'haproxy_server_status' && entry.labels.proxy === 'core'),
    ).toBe(true);
    for (const { name, labels } of series)
      for (const [key, value] of Object.entries(labels))
        if (key !== 'version') expect(looksLikeIdOrUrl(value), `${name}{${key}="${value}"}`).toBe(false);
    const publicMetrics = await fetch(`${gateway}/metrics`);
    expect(publicMetrics.status).toBe(404);
    expect(await publicMetrics.text()).not.toContain('# HELP');
    const [firstCore] = replicas.core ?? [];
    expect((await fetch(`${firstCore?.url}/metrics`)).status).toBe(404);
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
