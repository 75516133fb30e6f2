/**
 * Through the real HAProxy: the services see each client's own address (X-Forwarded-For set by
 * the gateway, trusted as TRUST_PROXY says), and the gateway's own errors are JSON.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.ts';
import { appTokens, testConfig } from '../support/env.ts';
import { resetRateLimits } from '../support/server.ts';
import { phoneNumber } from '../support/auth.ts';
import { startGateway, until, type Gateway } from '../support/gateway.ts';

let core: RunningServer;
let driver: RunningServer;
let gateway: Gateway;

beforeAll(async () => {
  core = await startServer(testConfig(), { services: ['core'] });
  driver = await startServer(testConfig(), { services: ['driver'] });
  await resetRateLimits(core);
  const host = (server: RunningServer): string => new URL(server.url).host;
  gateway = await startGateway({ core: [host(core)], driver: [host(driver)] });
}, 60_000);

afterAll(async () => {
  gateway.stop();
  await resetRateLimits(core);
  await Promise.all([core.close(), driver.close().catch(() => undefined)]);
});

/** Registers a fresh phone number through the gateway from a given loopback source address. */
function registerFrom(localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  const body = JSON.stringify({ phone_number: phoneNumber(), password: 'a good password', role: 'user' });
  const url = new URL('/api/android/v1/account', gateway.url);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      url,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-app-token': appTokens.android,
          ...headers,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('when clients register through the gateway', () => {
  it('then 21 registrations from 21 addresses all pass the per-address limit (20 an hour)', async () => {
    const addresses = Array.from({ length: 21 }, (_, index) => `127.0.0.${index + 2}`);
    const statuses = [];
    for (const address of addresses) statuses.push(await registerFrom(address));
    expect(statuses).toEqual(addresses.map(() => 201));
  });

  it('then 21 from one address get a 429 on the 21st, whatever X-Forwarded-For the client sends', async () => {
    const statuses = [];
    // A client that claims other addresses is not believed: the gateway replaces the header.
    for (let attempt = 1; attempt <= 21; attempt++)
      statuses.push(await registerFrom('127.0.0.23', { 'x-forwarded-for': `10.9.8.${attempt}` }));
    expect(statuses.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => 201));
    expect(statuses[20]).toBe(429);
  });
});

describe("when a service's replicas are all down", () => {
  it("then the gateway answers its 503 in the style guide's JSON body", async () => {
    await driver.close();
    const url = `${gateway.url}/api/android/v1/delivery-offer`;
    await until(async () => (await fetch(url)).status === 503, 'the gateway to answer 503');
    const response = await fetch(url, { headers: { 'x-app-token': appTokens.android } });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ message: 'the service is unavailable; try again shortly' });
  });
});
