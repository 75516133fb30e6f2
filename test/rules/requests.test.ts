/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-dynamic-delete -- these tests mutate parsed, untyped YAML documents in place */
/** SG-07..SG-10: app token, private tokens in headers, JSON request bodies, discovery. */
import { describe, expect, it } from 'vitest';
import { at, expectBreak, golden, lintObject, P, type BreakCase } from './helpers/lint.ts';

const cases: BreakCase[] = [
  {
    name: 'no security scheme carries X-APP-TOKEN in a header',
    mutate: (d) =>
      (d.components.securitySchemes.appToken = { type: 'apiKey', in: 'header', name: 'X-API-KEY' }),
    want: [{ code: 'sg07-app-token-scheme', path: at('components', 'securitySchemes') }],
  },
  {
    name: 'the app token travels in a cookie instead of a header',
    mutate: (d) =>
      (d.components.securitySchemes.appToken = { type: 'apiKey', in: 'cookie', name: 'X-APP-TOKEN' }),
    want: [{ code: 'sg07-app-token-scheme', path: at('components', 'securitySchemes') }],
  },
  {
    name: 'an operation is made public with security: []',
    mutate: (d) => (d.paths[P.city].get.security = []),
    want: [{ code: 'sg07-app-token-required', path: at('paths', P.city, 'get', 'security') }],
  },
  {
    name: 'an operation requires an access token but not the app token',
    mutate: (d) => (d.paths[P.productItem].delete.security = [{ oauth: ['admin'] }]),
    want: [{ code: 'sg07-app-token-required', path: at('paths', P.productItem, 'delete', 'security', 0) }],
  },
  {
    name: 'the root security is dropped, so operations without their own security are public',
    mutate: (d) => delete d.security,
    want: [{ code: 'sg07-app-token-required', path: at('paths', P.city, 'get') }],
  },
  {
    name: 'an operation requires a scheme that is not declared',
    mutate: (d) => (d.paths[P.productItem].delete.security = [{ appToken: [], bearer: [] }]),
    want: [
      { code: 'sg07-security-defined', path: at('paths', P.productItem, 'delete', 'security', 0, 'bearer') },
    ],
  },
  {
    name: 'an operation requires a scope that the $ref-ed oauth scheme does not declare',
    mutate: (d) => (d.paths[P.productItem].delete.security = [{ appToken: [], oauth: ['root'] }]),
    want: [
      {
        code: 'sg07-security-defined',
        path: at('paths', P.productItem, 'delete', 'security', 0, 'oauth', 0),
      },
    ],
  },
  {
    name: 'an access token is sent in the query',
    mutate: (d) =>
      (d.paths[P.city].get.parameters = [{ name: 'access_token', in: 'query', schema: { type: 'string' } }]),
    want: [{ code: 'sg08-no-token-in-url', path: at('paths', P.city, 'get', 'parameters', 0) }],
  },
  {
    name: 'an api key is sent in the query',
    mutate: (d) =>
      (d.paths[P.city].get.parameters = [{ name: 'api_key', in: 'query', schema: { type: 'string' } }]),
    want: [{ code: 'sg08-no-token-in-url', path: at('paths', P.city, 'get', 'parameters', 0) }],
  },
  {
    name: 'a security scheme sends its key in the query',
    mutate: (d) => (d.components.securitySchemes.legacyKey = { type: 'apiKey', in: 'query', name: 'key' }),
    want: [{ code: 'sg08-no-token-in-url', path: at('components', 'securitySchemes', 'legacyKey', 'in') }],
  },
  {
    name: 'a request body is form-encoded without an exception',
    mutate: (d) => {
      const content = d.paths[P.product].post.requestBody.content;
      content['application/x-www-form-urlencoded'] = content['application/json'];
      delete content['application/json'];
    },
    want: [
      {
        code: 'sg09-json-request-body',
        path: at('paths', P.product, 'post', 'requestBody', 'content', 'application/x-www-form-urlencoded'),
      },
    ],
  },
  {
    name: 'the discovery path is missing',
    mutate: (d) => {
      delete d.paths[P.discovery];
      delete d.components.schemas.DiscoveryReadResponse;
    },
    want: [{ code: 'sg10-discovery', path: 'paths' }],
  },
];

describe('request rules (SG-07..SG-10) find errors', () => {
  it.each(cases.map((c) => [c.name, c] as const))('when %s', async (_name, c) => {
    await expectBreak(c);
  });
});

describe('request rules (SG-07..SG-10) find none', () => {
  it('when header parameters such as Idempotency-Key and X-Request-Id are declared', async () => {
    const d = golden();
    d.paths[P.product].post.parameters = [
      { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' } },
      { name: 'X-Request-Id', in: 'header', schema: { type: 'string' } },
    ];
    expect(await lintObject(d)).toEqual([]);
  });

  it('when query parameters only look like credentials (sort_key, token_count is not a token)', async () => {
    const d = golden();
    d.paths[P.countryCity].get.parameters.push({ name: 'sort_key', in: 'query', schema: { type: 'string' } });
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a body is multipart/form-data (file upload)', async () => {
    const d = golden();
    d.paths[P.product].post.requestBody.content['multipart/form-data'] = {
      schema: {
        type: 'object',
        properties: { name: { type: 'string' }, image: { type: 'string', format: 'binary' } },
      },
    };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when the app token scheme has another name and the header is spelled in lower case', async () => {
    const d = golden();
    d.components.securitySchemes.appToken = { type: 'apiKey', in: 'header', name: 'x-app-token' };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a service spec without discovery waives sg10 at the root with a reason', async () => {
    const d = golden();
    delete d.paths[P.discovery];
    delete d.components.schemas.DiscoveryReadResponse;
    d['x-style-guide-exception'] = {
      rules: ['sg10-discovery'],
      reason: 'The discovery URL of the whole API is served by the core service (spec/core.yaml).',
    };
    expect(await lintObject(d)).toEqual([]);
  });
});
