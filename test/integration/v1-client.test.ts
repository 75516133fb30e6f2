/**
 * An old v1 client, typed from the released contract (contracts/core.v1.lock.yaml, not from
 * today's spec), runs its calls against the current server: every answer must still match
 * what was released, by the lock's own JSON Schemas (required fields, types, formats, enums).
 * Like every client of this API it is a tolerant reader: it ignores fields it does not know
 * (docs/versioning.md), so `additionalProperties: false` is the one thing it does not enforce.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import ajvFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { operations } from '../../generated/core.v1.lock.ts';
import { startTestServer, resetRateLimits, type TestServer } from '../support/server.ts';
import { createAccount, signIn } from '../support/auth.ts';
import { appTokens } from '../support/env.ts';

type Json<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'],
> = operations[Op]['responses'][Status] extends { content: { 'application/json': infer Body } }
  ? Body
  : never;
type RequestJson<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
/** The lock as a tolerant reader sees it: closed objects opened. */
function tolerant(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tolerant);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, tolerant(value)]),
  );
}

const lock = new OpenAPIBackend({
  definition: tolerant(parse(readFileSync('contracts/core.v1.lock.yaml', 'utf8'))) as Document,
  customizeAjv: (ajv) => {
    addFormats(ajv);
    return ajv;
  },
});

let server: TestServer;
let adminToken: string;
let userToken: string;
let userId: number;
const released: string[] = [];

beforeAll(async () => {
  await lock.init();
  server = await startTestServer();
  await resetRateLimits(server);
  adminToken = (await signIn(server, await createAccount(server, 'admin'))).access_token;
  const user = await createAccount(server);
  userId = user.id;
  userToken = (await signIn(server, user)).access_token;
});
afterAll(async () => {
  await server.close();
});

/** One call of the old client: checks the status and the body against the lock. */
async function call<Op extends keyof operations, Status extends keyof operations[Op]['responses'] & number>(
  operationId: Op,
  status: Status,
  url: string,
  init: { method?: string; json?: RequestJson<Op>; bearer?: string } = {},
): Promise<Json<Op, Status>> {
  const headers: Record<string, string> = { 'x-app-token': appTokens.android };
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}/api/android/v1${url}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const text = await response.text();
  expect(response.status, `${operationId}: ${text}`).toBe(status);
  released.push(operationId);
  if (text === '') return undefined as Json<Op, Status>;
  const body = JSON.parse(text) as unknown;
  const verdict = lock.validator.validateResponse(body, operationId, status);
  expect(verdict.errors ?? [], `${operationId} ${status} against the v1 lock`).toEqual([]);
  return body as Json<Op, Status>;
}

describe('when an app that shipped against core v1 talks to the current server', () => {
  it('then every call it makes answers as released', async () => {
    const discovery = await call('readDiscovery', 200, '/discovery');
    expect(discovery.data.services.map((service) => service.name)).toContain('core');

    await call('createProduct', 201, '/product', {
      method: 'POST',
      json: { name: 'Kopi Tubruk', price: 12000, image_url: 'https://images.example.com/tubruk.jpg' },
      bearer: adminToken,
    });
    const page = await call('listProduct', 200, '/product?page=1&per_page=5');
    const first = page.data[0];
    if (!first) throw new Error('the list is empty');
    const price: number = first.price; // v1 clients hold a number, whatever v2 does
    expect(typeof price).toBe('number');
    await call('readProduct', 200, `/product/${first.id}`);
    await call('updateProduct', 200, `/product/${first.id}`, {
      method: 'PATCH',
      json: { price: 13000 },
      bearer: adminToken,
    });
    await call('replaceProduct', 200, `/product/${first.id}`, {
      method: 'PUT',
      json: { name: 'Kopi Tubruk', price: 14000, image_url: 'https://images.example.com/tubruk.jpg' },
      bearer: adminToken,
    });
    await call('deleteProduct', 200, `/product/${first.id}`, { method: 'DELETE', bearer: adminToken });
    await call('readProduct', 404, `/product/${first.id}`);
    await call('readProduct', 422, '/product/abc');

    const countries = await call('listCountry', 200, '/country');
    await call('listCountryCity', 200, `/country/${countries.data[0]?.id ?? 1}/city?per_page=3`);
    await call('readCity', 200, '/city/1');

    await call('readAccount', 200, `/account/${userId}`, { bearer: userToken });
    await call('readAccount', 401, `/account/${userId}`);
    await call('createOtp', 201, '/otp', { method: 'POST', json: { phone_number: '+628999000111' } });
    await call('readCsrfToken', 200, '/csrf-token');

    expect(new Set(released).size).toBeGreaterThanOrEqual(13);
  });
});
