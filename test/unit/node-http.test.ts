/**
 * Requests and responses born with express's prototypes (src/node-http.ts): express then has no
 * prototype to move them to, and everything it and Node give them still works.
 */
import type { AddressInfo } from 'node:net';
import { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpressServer } from '../../src/node-http.ts';

const app = express();
app.set('trust proxy', 'loopback');
const seen: { bornRequest: boolean; bornResponse: boolean }[] = [];
app.use((request, response, next) => {
  seen.push({
    bornRequest: Object.getPrototypeOf(request) === app.request,
    bornResponse: Object.getPrototypeOf(response) === app.response,
  });
  next();
});
app.post('/echo/:name', express.json(), (request, response) => {
  response.status(201).json({
    name: request.params.name,
    body: request.body as unknown,
    ip: request.ip,
    isNodeRequest: request instanceof IncomingMessage,
    isNodeResponse: response instanceof ServerResponse,
  });
});

const server = createExpressServer(app, app);
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('when an express app is served by createExpressServer', () => {
  it('then its requests and responses already have the app’s prototypes when express sees them', async () => {
    seen.length = 0;
    await fetch(`${base}/echo/a`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(seen).toEqual([{ bornRequest: true, bornResponse: true }]);
  });

  it('then express and node features work as on any server (params, body, ip, status, json, instanceof)', async () => {
    const response = await fetch(`${base}/echo/n%C3%A9`, {
      method: 'POST',
      body: JSON.stringify({ a: 1 }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      name: 'né',
      body: { a: 1 },
      ip: '203.0.113.9',
      isNodeRequest: true,
      isNodeResponse: true,
    });
  });

  it('then an unknown URL still gets express’s own 404', async () => {
    const response = await fetch(`${base}/nowhere`);
    expect(response.status).toBe(404);
  });
});
