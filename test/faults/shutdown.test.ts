/**
 * SIGTERM on the real entry point (`node src/main.ts`): /readyz fails first, an in-flight
 * request completes, a keep-alive client gets `Connection: close` and no reset, and the
 * process exits within SHUTDOWN_TIMEOUT_MS even when a request never finishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appTokens, testEnvironment } from '../support/env.ts';
import { freePort, until } from '../support/gateway.ts';
import { phoneNumber } from '../support/auth.ts';

const SHUTDOWN_TIMEOUT_MS = 3000;
const SHUTDOWN_UNREADY_MS = 500;
let child: ChildProcess;
let base: string;
let exit: Promise<number>;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['src/main.ts'], {
    env: {
      ...process.env,
      ...testEnvironment,
      PORT: String(port),
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      SHUTDOWN_UNREADY_MS: String(SHUTDOWN_UNREADY_MS),
    },
    stdio: 'ignore',
  });
  exit = new Promise((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  await until(async () => (await fetch(`${base}/healthz`)).status === 200, 'the server to start');
}, 30_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Sends the headers of a request now; `finish` sends its body and resolves with the answer. */
function open(path: string, options: { agent?: Agent; method?: string; body?: string } = {}) {
  const body = options.body ?? '';
  let sent: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    sent = httpRequest(
      `${base}${path}`,
      {
        method: options.method ?? 'GET',
        agent: options.agent,
        headers: {
          'x-app-token': appTokens.android,
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.flushHeaders();
  });
  return { answer, finish: () => sent.end(body) };
}

describe('when the server gets SIGTERM', () => {
  it('then it fails /readyz, finishes in-flight work, closes keep-alive cleanly, and exits by the deadline', async () => {
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const warm = open('/healthz', { agent: keepAlive });
    warm.finish();
    expect((await warm.answer).status).toBe(200);

    // In flight: its headers are in, its body is not, when SIGTERM arrives.
    const body = JSON.stringify({ phone_number: phoneNumber(), password: 'a good password', role: 'user' });
    const inFlight = open('/api/android/v1/account', { method: 'POST', body });
    // Never finished: the deadline must close it.
    const stuck = open('/api/android/v1/account', { method: 'POST', body: `${body} ` });
    const stuckOutcome = stuck.answer.then(
      () => 'answered',
      (error: unknown) => (error as { code?: string }).code,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalled = performance.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));

    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ message: 'not ready: shutting down' });

    // The keep-alive client's connection is reused, answered, and told to close: no reset.
    const reused = open('/healthz', { agent: keepAlive });
    reused.finish();
    const reusedAnswer = await reused.answer;
    expect(reusedAnswer.status).toBe(200);
    expect(reusedAnswer.headers.connection).toBe('close');

    // After the unready window no new connection is accepted.
    await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_UNREADY_MS + 200));
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();

    inFlight.finish();
    const completed = await inFlight.answer;
    expect(completed.status).toBe(201);
    expect(completed.headers.connection).toBe('close');

    const code = await exit;
    const exitedAfter = performance.now() - signalled;
    expect(code).toBe(0);
    expect(exitedAfter).toBeGreaterThanOrEqual(SHUTDOWN_TIMEOUT_MS - 100);
    expect(exitedAfter).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 1500);
    // Only the request that never finished is cut, at the deadline.
    expect(await stuckOutcome).toBe('ECONNRESET');
    keepAlive.destroy();
  }, 30_000);
});
