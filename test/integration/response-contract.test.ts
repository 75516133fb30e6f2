/**
 * SG-15 and SG-25: a response that does not match its spec is never sent; it is logged and
 * answered as a 500, with `trace` outside production and without it in production.
 */
import type { Server } from 'node:http';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { coreOperations } from '../../generated/core.operations.ts';
import { createApp } from '../../src/runtime/app.ts';
import { Redis } from 'ioredis';
import { createAuth } from '../../src/auth/index.ts';
import { coreSchemePlatforms, coreValidation } from '../../generated/core.validators.ts';
import { appTokens, testConfig, testEnvironment } from '../support/env.ts';
import { jsonOf } from '../support/assertions.ts';
import { loadConfig, type Config } from '../../src/config.ts';

const productionTokens = {
  APP_TOKEN_ANDROID: 'prod-android-token-abcdefghijklmnop',
  APP_TOKEN_IOS: 'prod-ios-token-abcdefghijklmnopqrs',
  APP_TOKEN_WEB: 'prod-web-token-abcdefghijklmnopqrs',
  OTP_SECRET: 'prod-otp-secret-abcdefghijklmnopqrstuvwxyz',
  CSRF_SECRET: 'prod-csrf-secret-abcdefghijklmnopqrstuvwxyz',
  OTP_SENDER: 'webhook',
  OTP_WEBHOOK_URL: 'http://127.0.0.1:9/sms',
};

type AnyResult = { status: number; body?: unknown };
let server: Server | undefined;
const redis = new Redis(testConfig().redisUrl, { keyPrefix: testConfig().redisKeyPrefix });
afterEach(() => {
  server?.close();
  server = undefined;
});
afterAll(() => {
  redis.disconnect();
});

/** Serves the core spec with every handler answering `result`; returns the base URL and the log lines. */
async function serveWith(result: () => AnyResult, config: Readonly<Config> = testConfig()) {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'warn' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  const handler = async () => result();
  const handlers = Object.fromEntries(coreOperations.map((operation) => [operation.operationId, handler]));
  const app = await createApp({
    config,
    log,
    services: [
      {
        name: 'core',
        validation: coreValidation,
        schemePlatforms: coreSchemePlatforms,
        operations: coreOperations,
        handlers,
      },
    ],
    securityHandlers: createAuth(config, redis).securityHandlers,
    readiness: {},
    specs: {},
  });
  const listening = app.listen(0, '127.0.0.1');
  server = listening;
  await new Promise((resolve) => listening.once('listening', resolve));
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/api/android/v1`, lines };
}

const get = (url: string) => fetch(url, { headers: { 'x-app-token': appTokens.android } });

describe('when a handler answers a body that breaks its schema', () => {
  it.each<[string, AnyResult]>([
    [
      'a missing required field',
      { status: 200, body: { data: { id: 1, country_id: 1, name: 'Bandung' }, message: 'ok' } },
    ],
    [
      'a number as a string (SG-13)',
      {
        status: 200,
        body: { data: { id: '1', country_id: 1, name: 'Bandung', province: 'Jawa Barat' }, message: 'ok' },
      },
    ],
    [
      'a null (SG-14)',
      {
        status: 200,
        body: { data: { id: 1, country_id: 1, name: null, province: 'Jawa Barat' }, message: 'ok' },
      },
    ],
    [
      'an extra field',
      {
        status: 200,
        body: { data: { id: 1, country_id: 1, name: 'B', province: 'J', secret: 'x' }, message: 'ok' },
      },
    ],
    ['an undocumented status', { status: 418, body: { message: 'teapot' } }],
    ['a body on a status without one', { status: 204, body: { message: 'x' } }],
  ])(
    '%s: then it is not sent, but logged and answered 500 with a trace outside production',
    async (_name, result) => {
      const { url, lines } = await serveWith(() => result);
      const body = await jsonOf(await get(`${url}/city/1`), 500);
      expect(body.message).toBe('internal server error');
      expect(body.trace).toMatch(/ResponseContractError: readCity/);
      expect(JSON.stringify(body)).not.toContain('Bandung');
      expect(lines.some((line) => line.msg === 'request failed' && line.operation === 'readCity')).toBe(true);
    },
  );

  it('a date-time format is checked too (ajv-formats)', async () => {
    const product = {
      id: 1,
      name: 'n',
      price: 1,
      image_url: 'https://a.example/x',
      created_at: 'yesterday',
      updated_at: '2020-01-01T00:00:00Z',
    };
    const { url } = await serveWith(() => ({ status: 200, body: { data: product, message: 'ok' } }));
    const body = await jsonOf(await get(`${url}/product/1`), 500);
    expect(body.trace).toMatch(/created_at must match format "date-time"/);
  });
});

describe('when the environment is production', () => {
  it('then a 500 body has no trace (SG-25)', async () => {
    const { url } = await serveWith(
      () => {
        throw new Error('database exploded at /srv/secret/path');
      },
      loadConfig({ ...testEnvironment, APP_ENV: 'production', ...productionTokens }),
    );
    const response = await fetch(`${url}/city/1`, {
      headers: { 'x-app-token': productionTokens.APP_TOKEN_ANDROID },
    });
    const body = await jsonOf(response, 500);
    expect(body).toEqual({ message: 'internal server error' });
  });

  it('and in staging the trace is there', async () => {
    const { url } = await serveWith(
      () => {
        throw new Error('database exploded');
      },
      testConfig({ env: 'staging' }),
    );
    const body = await jsonOf(await get(`${url}/city/1`), 500);
    expect(body.trace).toMatch(/^Error: database exploded\n/);
  });
});

describe('when the handler answers exactly what the spec says', () => {
  it('then the body is sent unchanged', async () => {
    const city = {
      data: { id: 7, country_id: 1, name: 'Kota', province: 'Provinsi' },
      message: 'get data city success',
    };
    const { url } = await serveWith(() => ({ status: 200, body: city }));
    expect(await jsonOf(await get(`${url}/city/7`), 200)).toEqual(city);
  });
});
