/**
 * The spec tells the truth about what the server always answers (issue 11, items 2-4): every
 * operation documents the 404 of an unknown platform and the 405 of a method its URL does not
 * serve, and the real answers validate against them (status, body, required headers); the
 * headers the server always sends are required; the token request requires its grant's fields.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { follow } from '../../rules/lib/json-pointer.js';
import { createSchemaCheck, type SchemaCheck } from '../contract/schema-check.cjs';
import { startTestServer, type TestServer } from '../support/server.ts';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

const bundles = ['core', 'user', 'driver'].map((service) => {
  const document = parse(readFileSync(`generated/${service}.bundle.yaml`, 'utf8')) as Json;
  return { service, document, check: createSchemaCheck(document) };
});
const paths = bundles.flatMap(({ document, check }) =>
  Object.entries(document.paths as Record<string, Json>).map(([path, item]) => ({
    path,
    methods: METHODS.filter((method) => method in item),
    item,
    check,
    document,
  })),
);
const operations = paths.flatMap(({ path, methods, item, check, document }) =>
  methods.map((method) => ({ path, method, operation: item[method] as Json, check, document })),
);

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return headers;
}

/** The path with `platform` and every other parameter filled in (ids 1). */
const urlOf = (template: string, platform: string) =>
  template.replace('{platform}', platform).replace(/\{[^}]+\}/g, '1');

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function answer(check: SchemaCheck, method: string, template: string, url: string, expected: number) {
  const response = await server.request(url, { method: method.toUpperCase() });
  return check.check({
    method,
    path: template,
    expectedStatus: expected,
    status: response.status,
    headers: headersOf(response),
    body: await response.text(),
  });
}

describe('every operation documents what its URL answers', () => {
  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(
    operations.map(
      ({ method, path, check }) => [`${method.toUpperCase()} ${path}`, method, path, check] as const,
    ),
  )('%s on platform foo: the documented 404', async (_name, method, path, check) => {
    expect(await answer(check, method, path, urlOf(path, 'foo'), 404)).toEqual([]);
  });

  it.each(
    paths.flatMap(({ path, methods, check }) => {
      const unserved = ['delete', 'patch', 'put', 'post', 'get'].find((method) => !methods.includes(method));
      // Each operation of the URL documents the 405 its URL answers to the unserved method.
      return methods.map(
        (method) =>
          [`${unserved?.toUpperCase()} ${path} (${method})`, unserved, method, path, check] as const,
      );
    }),
  )('%s: the documented 405, with Allow', async (_name, unserved, method, path, check) => {
    const response = await server.request(urlOf(path, 'android'), { method: String(unserved).toUpperCase() });
    const problems = check.check({
      method,
      path,
      expectedStatus: 405,
      status: response.status,
      headers: headersOf(response),
      body: await response.text(),
    });
    expect(problems).toEqual([]);
  });
});

describe('the headers the server always sends are required', () => {
  /** `required` of a documented response header, its `$ref` followed. */
  const required = (method: string, path: string, status: string, name: string): unknown => {
    const found = operations.find((candidate) => candidate.method === method && candidate.path === path);
    const header = found?.check.responseFor(method, path, status)?.response.headers?.[name];
    return (follow(found?.document, header).node as { required?: unknown } | undefined)?.required;
  };

  it.each(
    operations
      .filter(({ operation }) => '201' in (operation.responses as Json))
      .filter(({ operation }) => !operation['x-style-guide-exception']),
  )('Location on the 201 of $method $path', ({ method, path }) => {
    expect(required(method, path, '201', 'Location')).toBe(true);
  });

  it.each(operations.filter(({ operation }) => 'x-deprecation' in operation))(
    'Deprecation, Sunset and Link on the 2xx of $method $path',
    ({ method, path, operation }) => {
      const successes = Object.keys(operation.responses as Json).filter((status) => status.startsWith('2'));
      for (const status of successes)
        for (const name of ['Deprecation', 'Sunset', 'Link'])
          expect(required(method, path, status, name), `${status} ${name}`).toBe(true);
    },
  );

  it.each(operations)(
    'X-Request-Id on every response, Retry-After on 429/503, Allow on 405 of $method $path',
    ({ method, path, operation }) => {
      for (const status of Object.keys(operation.responses as Json)) {
        expect(required(method, path, status, 'X-Request-Id'), `${status} X-Request-Id`).toBe(true);
        if (status === '429' || status === '503')
          expect(required(method, path, status, 'Retry-After'), status).toBe(true);
        if (status === '405') expect(required(method, path, status, 'Allow')).toBe(true);
      }
    },
  );

  it('Cache-Control and Pragma on the tokens', () => {
    expect(required('post', '/api/{platform}/v1/oauth/token', '200', 'Cache-Control')).toBe(true);
    expect(required('post', '/api/{platform}/v1/oauth/token', '200', 'Pragma')).toBe(true);
  });
});

describe('the token request requires what its grant needs', () => {
  const core = bundles[0]?.document as Json;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(core, 'core');
  const validate = ajv.getSchema('core#/components/schemas/OauthTokenRequest');

  it.each([
    ['an empty form', {}],
    ['a grant type alone', { grant_type: 'password' }],
    ['an unknown grant type', { grant_type: 'client_credentials' }],
    ['a password grant without its password', { grant_type: 'password', username: '+6281234567890' }],
    [
      'an OTP grant without its code',
      { grant_type: 'urn:delivery-platform:grant-type:otp', phone_number: '+62812' },
    ],
  ])('refuses %s', (_name, body) => {
    expect(validate?.(body)).toBe(false);
  });

  it.each([
    ['a password grant', { grant_type: 'password', username: '+6281234567890', password: 'correct horse' }],
    ['a refresh grant', { grant_type: 'refresh_token', refresh_token: 'rt.x' }],
    ['a refresh grant on web (the cookie)', { grant_type: 'refresh_token' }],
    [
      'an OTP grant',
      { grant_type: 'urn:delivery-platform:grant-type:otp', phone_number: '+62812', otp: '123456' },
    ],
  ])('accepts %s', (_name, body) => {
    expect(validate?.(body)).toBe(true);
  });
});
