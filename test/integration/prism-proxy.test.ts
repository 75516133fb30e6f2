/**
 * Each platform's bundle is the truth for that platform: `prism proxy <bundle> <server> --errors`
 * in front of the real server lets a valid request of every operation through, on android, iOS
 * and web, with only what the bundle asks for (app token, then the bearer token on android and
 * iOS, the access token cookie and, where listed, the CSRF token on web), and finds nothing
 * wrong with the answer (no `sl-violations` header, no Prism problem body).
 *
 * A valid request is the operation's documented request example and the examples of its required
 * query parameters; an account's own id where the path names one (profile reads and changes
 * succeed), else 999999, which no test creates, so writes change nothing that exists (a 404 is a
 * documented answer too; an admin deletes account 999999 rather than anyone deleting their own);
 * and a password grant that succeeds at the token endpoint.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prismCli } from '../../scripts/mock/prism.ts';
import { asArray, isObject, resolve, type Json } from '../../src/contract-gate/json.ts';
import { operationTables } from '../../src/services.ts';
import { signInWeb } from '../contract/services/auth-state.ts';
import { createAccount, signIn, type Platform, type Role, type TestAccount } from '../support/auth.ts';
import { appTokens } from '../support/env.ts';
import { freePort, until } from '../support/gateway.ts';
import { resetRateLimits, startTestServer, type TestServer } from '../support/server.ts';

const PLATFORMS: readonly Platform[] = ['android', 'ios', 'web'];
const ROLES: readonly Role[] = ['user', 'driver', 'admin'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const MISSING_ID = '999999';
const FORM = 'application/x-www-form-urlencoded';

/** The scopes of every operation's access token, from the generated tables (the web bundle lists none). */
const scopesByOperation = new Map(
  Object.values(operationTables)
    .flat()
    .map((operation) => [operation.operationId, operation.security.flat().flatMap(({ scopes }) => scopes)]),
);

interface Credentials {
  accessTokens: Record<Role, string>;
  csrf?: { token: string; cookie: string };
}

/** Each role's account: its own profile reads succeed, and the token endpoint issues tokens. */
type Accounts = Record<Role, TestAccount>;

/** A path's own-account id: `/user/{id}`, `/driver/{id}`, `/account/{id}` and what is under them. */
const OWN_ACCOUNT = /^\/api\/\w+\/v\d+\/(user|driver|account)\/\{id\}/;

interface Outcome {
  operation: string;
  status: number;
  violations: string | null;
  problem: string | undefined;
}

function startProxy(bundle: string, target: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    [prismCli, 'proxy', bundle, target, '--errors', '--host', '127.0.0.1', '--port', String(port)],
    { stdio: 'ignore' },
  );
}

/** Every operation of the bundle as one request, with what its security on this platform lists. */
function requestsOf(bundle: Json, platform: Platform, credentials: Credentials, accounts: Accounts) {
  const deref = (node: unknown): Json => resolve(bundle, node).node;
  const schemes = deref(deref(bundle.components).securitySchemes);
  return Object.entries(deref(bundle.paths)).flatMap(([template, item]) =>
    METHODS.filter((method) => isObject(deref(item)[method])).map((method) => {
      const operation = deref(deref(item)[method]);
      const operationId = String(operation.operationId);
      const headers: Record<string, string> = {};
      const cookies: string[] = [];
      const [requirement = {}] = (operation.security ?? bundle.security) as Json[];
      const deletesAccount = operationId === 'deleteAccount';
      const role = deletesAccount ? 'admin' : ((scopesByOperation.get(operationId) ?? [])[0] ?? 'user');
      for (const name of Object.keys(requirement)) {
        const scheme = deref(schemes[name]);
        if (scheme.type === 'oauth2')
          headers.authorization = `Bearer ${credentials.accessTokens[role as Role]}`;
        else if (scheme.in === 'cookie')
          cookies.push(`${String(scheme.name)}=${credentials.accessTokens[role as Role]}`);
        else if (scheme.name === 'X-APP-TOKEN') headers['x-app-token'] = appTokens[platform];
        else if (scheme.name === 'X-CSRF-TOKEN' && credentials.csrf) {
          headers['x-csrf-token'] = credentials.csrf.token;
          cookies.push(credentials.csrf.cookie);
        }
      }
      if (cookies.length > 0) headers.cookie = cookies.join('; ');
      const content = deref(deref(operation.requestBody).content);
      const mediaType =
        Object.keys(content).find((type) => type === 'application/json') ?? Object.keys(content)[0];
      let body: string | undefined;
      if (operationId === 'createOauthToken') {
        // A password grant that succeeds, so the 200 (and web's Set-Cookie) passes through Prism.
        headers['content-type'] = FORM;
        body = new URLSearchParams({
          grant_type: 'password',
          username: accounts.user.phoneNumber,
          password: accounts.user.password,
        }).toString();
      } else if (mediaType) {
        const example = deref(content[mediaType]).example;
        headers['content-type'] = mediaType;
        body =
          mediaType === FORM
            ? new URLSearchParams(example as Record<string, string>).toString()
            : JSON.stringify(example);
      }
      const query = new URLSearchParams();
      for (const parameter of [...asArray(deref(item).parameters), ...asArray(operation.parameters)].map(
        deref,
      )) {
        if (parameter.in === 'query' && parameter.required === true)
          query.set(String(parameter.name), String(parameter.example));
      }
      const ownAccount = OWN_ACCOUNT.test(template) && !deletesAccount;
      return {
        operationId,
        method: method.toUpperCase(),
        path:
          template.replace(/\{[^}]+\}/g, ownAccount ? String(accounts[role as Role].id) : MISSING_ID) +
          (query.size > 0 ? `?${query.toString()}` : ''),
        headers,
        body,
      };
    }),
  );
}

let server: TestServer;
const proxies: ChildProcess[] = [];
const outcomes = new Map<Platform, Outcome[]>();
/** Products the admin's examples created, deleted afterwards. */
const createdProducts: string[] = [];
let adminToken = '';

beforeAll(async () => {
  server = await startTestServer();
  await resetRateLimits(server);
  const accounts = await Promise.all(ROLES.map((role) => createAccount(server, role)));
  const byRole = Object.fromEntries(ROLES.map((role, index) => [role, accounts[index]])) as Accounts;
  const credentials = {} as Record<Platform, Credentials>;
  for (const platform of ['android', 'ios'] as const) {
    const tokens = await Promise.all(accounts.map((account) => signIn(server, account, platform)));
    credentials[platform] = {
      accessTokens: Object.fromEntries(
        ROLES.map((role, index) => [role, tokens[index]?.access_token]),
      ) as Record<Role, string>,
    };
  }
  adminToken = credentials.android.accessTokens.admin;
  const web = await Promise.all(accounts.map((account) => signInWeb(server, account)));
  const csrfAnswer = await fetch(`${server.url}/api/web/v1/csrf-token`, {
    headers: { 'x-app-token': appTokens.web },
  });
  const [csrfCookie = ''] = (csrfAnswer.headers.getSetCookie()[0] ?? '').split(';');
  const { data } = (await csrfAnswer.json()) as { data: { csrf_token: string } };
  credentials.web = {
    accessTokens: Object.fromEntries(ROLES.map((role, index) => [role, web[index]?.accessToken])) as Record<
      Role,
      string
    >,
    csrf: { token: data.csrf_token, cookie: csrfCookie },
  };

  await Promise.all(
    PLATFORMS.map(async (platform) => {
      const bundlePath = `generated/platforms/${platform}/api.yaml`;
      const port = await freePort();
      proxies.push(startProxy(bundlePath, server.url, port));
      const proxy = `http://127.0.0.1:${port}`;
      // Any answer will do (Prism has no /healthz): it means the proxy listens.
      await until(() => fetch(`${proxy}/healthz`).then(() => true), `prism proxy for ${platform}`, 30_000);
      const bundle = parse(readFileSync(bundlePath, 'utf8')) as Json;
      const results: Outcome[] = [];
      for (const request of requestsOf(bundle, platform, credentials[platform], byRole)) {
        const answer = await fetch(`${proxy}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        const text = await answer.text();
        const location = answer.headers.get('location');
        if (answer.status === 201 && location?.includes('/product/')) createdProducts.push(location);
        results.push({
          operation: `${request.operationId} (${request.method} ${request.path})`,
          status: answer.status,
          violations: answer.headers.get('sl-violations'),
          problem: answer.headers.get('content-type')?.includes('problem+json') ? text : undefined,
        });
      }
      outcomes.set(platform, results);
    }),
  );
}, 90_000);

afterAll(async () => {
  for (const proxy of proxies) proxy.kill('SIGTERM');
  for (const location of createdProducts) {
    await fetch(`${server.url}${location.replace(/^\/api\/\w+\//, '/api/android/')}`, {
      method: 'DELETE',
      headers: { 'x-app-token': appTokens.android, authorization: `Bearer ${adminToken}` },
    });
  }
  await resetRateLimits(server);
  await server.close();
});

describe.each(PLATFORMS)('prism proxy on the %s bundle, in front of the real server', (platform) => {
  it('sends every operation, and none is refused or answered outside the contract', () => {
    const results = outcomes.get(platform) ?? [];
    expect(results.length).toBe(Object.values(operationTables).flat().length);
    const flagged = results.filter(
      (result) => result.violations !== null || result.problem !== undefined || result.status >= 500,
    );
    expect(flagged).toEqual([]);
  });
});
