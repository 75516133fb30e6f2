/**
 * `npm run mock` (scripts/mock.ts, Prism on a platform's bundle): the README's android sign-in
 * flow runs on it exactly as written (its shell block, with the mock's API), android writes
 * need no CSRF token, and a 401 names the credential that is really missing, on android and web.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/gateway.ts';

interface Mock {
  url: string;
  process: ChildProcess;
}

/** Starts `node scripts/mock.ts --platform <platform>` on a free port; resolves once it listens. */
async function startMock(platform: string): Promise<Mock> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/mock.ts', '--platform', platform, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the ${platform} mock did not start:\n${output}`)),
      25_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`mock of ${platform}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the ${platform} mock exited (${code}):\n${output}`)));
  });
  // Prism logs every request: keep reading so its pipe never fills.
  child.stdout.resume();
  child.stderr.resume();
  return { url: `http://127.0.0.1:${port}`, process: child };
}

/** The README's sign-in shell block, as a reader copies it. */
function readmeSignIn(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Signing in'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md: no sh block under "Signing in"');
  return block;
}

let android: Mock;
let web: Mock;
/** Every mock started, stopped afterwards even when another failed to start. */
const started: ChildProcess[] = [];
beforeAll(async () => {
  [android, web] = await Promise.all([startMock('android'), startMock('web')]);
}, 40_000);
afterAll(() => {
  for (const child of started) child.kill('SIGTERM');
});

describe('the README android sign-in flow on the mock', () => {
  it('runs exactly as written, every call answered 2xx', () => {
    const block = readmeSignIn();
    expect(block).toContain('API=http://127.0.0.1:8080/api/android/v1');
    expect(block.match(/^curl /gm)?.length).toBeGreaterThanOrEqual(5);
    // As the README's mock section says: the same block, with the mock's API. The mock sends no
    // code, so reading the outbox has nothing to do; every curl fails the script on a non-2xx.
    const script = [
      'set -e',
      'curl() { command curl --silent --show-error --fail-with-body "$@"; echo; }',
      'redis-cli() { :; }',
      block.replace('http://127.0.0.1:8080/api/android/v1', `${android.url}/api/android/v1`),
    ].join('\n');
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 15_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"access_token"');
    expect(run.stdout).toContain('token revoked');
  });
});

describe('a mock 401 names the credential that is missing', () => {
  const appToken = { 'x-app-token': 'any' };
  it('android: the app token, then the bearer token', async () => {
    const none = await fetch(`${android.url}/api/android/v1/account/12`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ code: 401.1, message: 'X-APP-TOKEN header is missing' });
    const noBearer = await fetch(`${android.url}/api/android/v1/account/12`, { headers: appToken });
    expect(noBearer.status).toBe(401);
    expect(await noBearer.json()).toEqual({
      code: 401.3,
      message: 'access token is missing: send Authorization: Bearer <token>',
    });
    const signedIn = await fetch(`${android.url}/api/android/v1/account/12`, {
      headers: { ...appToken, authorization: 'Bearer at.any' },
    });
    expect(signedIn.status).toBe(200);
  });

  it('android: a write needs no CSRF token', async () => {
    const answer = await fetch(`${android.url}/api/android/v1/user/12`, {
      method: 'PATCH',
      headers: { ...appToken, authorization: 'Bearer at.any', 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Budi' }),
    });
    expect(answer.status).toBe(200);
  });

  it('web: the access token cookie, then the CSRF token; a client-chosen Prefer is kept', async () => {
    const noCookie = await fetch(`${web.url}/api/web/v1/account/12`, { headers: appToken });
    expect(await noCookie.json()).toEqual({
      code: 401.3,
      message: 'access token is missing: sign in to get the access_token cookie',
    });
    const write = (headers: Record<string, string>) =>
      fetch(`${web.url}/api/web/v1/user/12`, {
        method: 'PATCH',
        headers: {
          ...appToken,
          cookie: 'access_token=at.any',
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify({ display_name: 'Budi' }),
      });
    const noCsrf = await write({});
    expect(noCsrf.status).toBe(401);
    expect(((await noCsrf.json()) as { code: number }).code).toBe(401.6);
    expect((await write({ 'x-csrf-token': 'any' })).status).toBe(200);
    const chosen = await write({ prefer: 'code=401, example=expired_access_token' });
    expect(((await chosen.json()) as { code: number }).code).toBe(401.5);
  });

  it('web: a bearer header is not web’s credential', async () => {
    const bearer = await fetch(`${web.url}/api/web/v1/account/12`, {
      headers: { ...appToken, authorization: 'Bearer at.any' },
    });
    expect(bearer.status).toBe(401);
  });
});
