/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- these tests mutate parsed, untyped YAML documents in place */
/**
 * The statuses and headers the server always answers are in the spec, required: 404 for an
 * unknown platform and 405 on every operation, Location on a create's 201, Retry-After on 429
 * and 503, Allow on 405, Deprecation, Sunset and Link on an operation with a successor.
 */
import { describe, expect, it } from 'vitest';
import { at, expectBreak, golden, lintObject, P, type BreakCase } from './helpers/lint.ts';

const message = {
  description: 'An error.',
  content: {
    'application/json': {
      schema: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
      example: { message: 'slow down' },
    },
  },
};
const header = (type: string, required?: boolean) => ({
  ...(required === undefined ? {} : { required }),
  schema: { type },
});
const deprecation = { since: '2026-11-21', sunset: '2027-06-30', successor: 'readCityV2' };

const cases: BreakCase[] = [
  {
    name: 'a list on /api/{platform}/ does not declare 404 (an unknown platform)',
    mutate: (d) => delete d.paths[P.product].get.responses['404'],
    want: [{ code: 'sg02-unknown-platform-declared', path: at('paths', P.product, 'get', 'responses') }],
  },
  {
    name: 'an operation does not declare 405',
    mutate: (d) => delete d.paths[P.productItem].delete.responses['405'],
    want: [
      { code: 'sg26-method-not-allowed-declared', path: at('paths', P.productItem, 'delete', 'responses') },
    ],
  },
  {
    name: "a create's 201 declares Location without required: true",
    mutate: (d) => delete d.paths[P.product].post.responses['201'].headers.Location.required,
    want: [
      {
        code: 'sg19-location-header',
        path: at('paths', P.product, 'post', 'responses', '201', 'headers', 'Location'),
      },
    ],
  },
  {
    name: "a create's 201 declares no Location",
    mutate: (d) => delete d.paths[P.product].post.responses['201'].headers,
    want: [{ code: 'sg19-location-header', path: at('paths', P.product, 'post', 'responses', '201') }],
  },
  {
    name: 'a 429 declares no Retry-After',
    mutate: (d) => (d.paths[P.city].get.responses['429'] = message),
    want: [{ code: 'sg26-retry-after-header', path: at('paths', P.city, 'get', 'responses', '429') }],
  },
  {
    name: 'a 503 declares Retry-After, but not as required',
    mutate: (d) =>
      (d.paths[P.city].get.responses['503'] = { ...message, headers: { 'retry-after': header('integer') } }),
    want: [
      {
        code: 'sg26-retry-after-header',
        path: at('paths', P.city, 'get', 'responses', '503', 'headers', 'retry-after'),
      },
    ],
  },
  {
    name: 'a 405 declares no Allow',
    mutate: (d) => (d.paths[P.city].get.responses['405'] = message),
    want: [{ code: 'sg26-allow-header', path: at('paths', P.city, 'get', 'responses', '405') }],
  },
  {
    name: 'an operation with a successor answers no Deprecation, Sunset and Link',
    mutate: (d) => (d.paths[P.city].get['x-deprecation'] = deprecation),
    want: [{ code: 'sg01-deprecation-headers', path: at('paths', P.city, 'get', 'responses', '200') }],
  },
];

describe('exact responses find errors', () => {
  it.each(cases.map((c) => [c.name, c] as const))('when %s', async (_name, c) => {
    await expectBreak(c);
  });
});

describe('exact responses find none', () => {
  it('when a 429 and a 503 declare a required Retry-After (any case) and a 405 a required Allow', async () => {
    const d = golden();
    const responses = d.paths[P.city].get.responses;
    responses['429'] = { ...message, headers: { 'Retry-After': header('integer', true) } };
    responses['503'] = { ...message, headers: { 'retry-after': header('integer', true) } };
    responses['405'] = { ...message, headers: { Allow: header('string', true) } };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when an operation with a successor answers a required Deprecation, Sunset and Link on its 2xx', async () => {
    const d = golden();
    const read = d.paths[P.city].get;
    read['x-deprecation'] = deprecation;
    read.responses['200'].headers = {
      Deprecation: header('string', true),
      Sunset: header('string', true),
      Link: header('string', true),
    };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when an operation is waived from sg19-location-header with a reason', async () => {
    const d = golden();
    delete d.paths[P.product].post.responses['201'].headers;
    d.paths[P.product].post['x-style-guide-exception'] = {
      rules: ['sg19-location-header'],
      reason: 'it sends a code to a phone: there is nothing at a URL to name',
    };
    expect(await lintObject(d)).toEqual([]);
  });
});
