/** Starts the real API in-process on a free port against the real MySQL and Redis. */
import { startServer, type RunningServer } from '../../src/server.ts';
import type { Config } from '../../src/config.ts';
import { appTokens, testConfig } from './env.ts';

export interface TestServer extends RunningServer {
  /**
   * fetch against the server with the android app token unless `headers` says otherwise,
   * and, when `bearer` is given, that access token.
   */
  request(path: string, init?: RequestInit & { json?: unknown; bearer?: string }): Promise<Response>;
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const running = await startServer(testConfig(overrides));
  return {
    ...running,
    request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('x-app-token')) headers.set('x-app-token', appTokens.android);
      if (init.bearer !== undefined && !headers.has('authorization'))
        headers.set('authorization', `Bearer ${init.bearer}`);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      const { json: _json, bearer: _bearer, ...rest } = init;
      return fetch(`${running.url}${path}`, { ...rest, headers, body });
    },
  };
}

/** Empties the tables a test writes (reference data stays). */
export async function resetProducts(server: RunningServer): Promise<void> {
  await server.pool.query('DELETE FROM product');
  await server.pool.query('ALTER TABLE product AUTO_INCREMENT = 1');
  await deleteKeys(server, 'product:*');
}

/** Deletes the test run's Redis keys matching a pattern (given without the key prefix). */
async function deleteKeys(server: RunningServer, pattern: string): Promise<void> {
  // KEYS answers full names, DEL takes them without the client's key prefix.
  const keys = await server.redis.keys(`delivery-test:${pattern}`);
  if (keys.length > 0) await server.redis.del(...keys.map((key) => key.replace(/^delivery-test:/, '')));
}

/** Forgets rate-limit and one-time-code state, so each test file starts from a clean slate. */
export async function resetRateLimits(server: RunningServer): Promise<void> {
  for (const pattern of ['rl:*', 'otp:*']) await deleteKeys(server, pattern);
}
