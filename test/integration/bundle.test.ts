/**
 * The bundle `npm start` and the image run (`npm run build`, scripts/build.ts): built from the
 * sources, it serves what they serve, the parts left to node_modules (Swagger UI's files,
 * pino) and the chunks loaded on first use (the OAuth library, argon2) included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../scripts/build.ts';
import { appTokens, testEnvironment } from '../support/env.ts';
import { freePort, until } from '../support/gateway.ts';
import { phoneNumber } from '../support/auth.ts';

let child: ChildProcess;
let base: string;
let output = '';

beforeAll(async () => {
  await buildBundle();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['dist/main.js'], {
    env: { ...process.env, ...testEnvironment, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(async () => (await fetch(`${base}/readyz`)).status === 200, 'the bundle to be ready');
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('when the API runs from the bundle', () => {
  it('then it serves the specs and the docs page with its assets', async () => {
    const spec = await fetch(`${base}/spec/core.yaml`);
    expect(spec.status).toBe(200);
    expect(await spec.text()).toMatch(/^openapi: /m);
    expect((await fetch(`${base}/docs/`)).status).toBe(200);
    const asset = await fetch(`${base}/docs/assets/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  it('then the token endpoint answers through the chunks loaded on first use', async () => {
    const response = await fetch(`${base}/api/android/v1/oauth/token`, {
      method: 'POST',
      headers: { 'x-app-token': appTokens.android, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username: phoneNumber(),
        password: 'not a password',
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: user credentials are invalid',
    });
  });

  it('then LOG_PRETTY=true prints through pino-pretty, in its worker thread', async () => {
    const port = await freePort();
    const pretty = spawn(process.execPath, ['dist/main.js'], {
      env: { ...process.env, ...testEnvironment, PORT: String(port), LOG_LEVEL: 'info', LOG_PRETTY: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let printed = '';
    pretty.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    try {
      await until(async () => printed.includes('listening'), 'the pretty log line');
      expect(printed).toMatch(/^\[[\d:.]+\] INFO \(\d+\): delivery platform API listening on /m);
    } finally {
      pretty.kill('SIGKILL');
    }
  });

  it('then it logs, and stops cleanly on SIGTERM', async () => {
    expect(output).toMatch(/delivery platform API listening on http:\/\/127\.0\.0\.1:\d+/);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });
});
