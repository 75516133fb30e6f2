/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- these tests mutate parsed, untyped YAML documents in place */
/** SG-22..SG-26: the error statuses an operation declares and their bodies. */
import { describe, expect, it } from 'vitest';
import { at, expectBreak, golden, lintObject, P, type BreakCase } from './helpers/lint.ts';

const inline = (schema: unknown, example: unknown) => ({
  description: 'An error.',
  content: { 'application/json': { schema, example } },
});
const obj = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  required,
  properties,
});
const str = { type: 'string' };
const schemaAt = (path: string, method: string, status: string, ...rest: string[]) =>
  at('paths', path, method, 'responses', status, 'content', 'application/json', 'schema', ...rest);

const cases: BreakCase[] = [
  {
    name: 'an operation does not declare 401',
    mutate: (d) => delete d.paths[P.city].get.responses['401'],
    want: [{ code: 'sg22-unauthorized-declared', path: at('paths', P.city, 'get', 'responses') }],
  },
  {
    name: 'a 401 has no numeric code',
    mutate: (d) =>
      (d.paths[P.city].get.responses['401'] = inline(obj({ message: str }, ['message']), { message: 'no' })),
    want: [{ code: 'sg22-unauthorized-body', path: schemaAt(P.city, 'get', '401') }],
  },
  {
    name: 'a 401 code is an integer, so it cannot say 401.5',
    mutate: (d) =>
      (d.paths[P.city].get.responses['401'] = inline(
        obj({ code: { type: 'integer' }, message: str }, ['code', 'message']),
        { code: 401, message: 'no' },
      )),
    want: [{ code: 'sg22-unauthorized-body', path: schemaAt(P.city, 'get', '401', 'properties', 'code') }],
  },
  {
    name: 'an operation with a request body does not declare 422',
    mutate: (d) => delete d.paths[P.product].post.responses['422'],
    want: [{ code: 'sg23-validation-declared', path: at('paths', P.product, 'post', 'responses') }],
  },
  {
    name: 'a 422 gives each field a single message string',
    mutate: (d) =>
      (d.paths[P.product].post.responses['422'] = inline(
        obj(
          {
            message: str,
            errors: { type: 'array', items: obj({ field: str, message: str }, ['field', 'message']) },
          },
          ['message', 'errors'],
        ),
        { message: 'invalid', errors: [{ field: 'name', message: 'required' }] },
      )),
    want: [
      {
        code: 'sg23-validation-body',
        path: schemaAt(P.product, 'post', '422', 'properties', 'errors', 'items', 'properties', 'message'),
      },
    ],
  },
  {
    name: 'an operation on an id path does not declare 404',
    mutate: (d) => delete d.paths[P.city].get.responses['404'],
    want: [{ code: 'sg24-not-found-declared', path: at('paths', P.city, 'get', 'responses') }],
    also: ['sg02-unknown-platform-declared'],
  },
  {
    name: 'a 404 answers { error } instead of { message }',
    mutate: (d) =>
      (d.paths[P.city].get.responses['404'] = inline(obj({ error: str }, ['error']), { error: 'gone' })),
    want: [
      { code: 'sg24-not-found-body', path: schemaAt(P.city, 'get', '404') },
      { code: 'sg24-not-found-body', path: schemaAt(P.city, 'get', '404', 'properties', 'error') },
    ],
  },
  {
    name: 'a 500 requires trace, which production must leave out',
    mutate: (d) =>
      (d.paths[P.product].get.responses['500'] = inline(
        obj({ message: str, trace: str }, ['message', 'trace']),
        {
          message: 'boom',
          trace: 'at x',
        },
      )),
    want: [{ code: 'sg25-server-error-body', path: schemaAt(P.product, 'get', '500') }],
  },
  {
    name: 'another error status answers more than { message }',
    mutate: (d) =>
      (d.paths[P.productItem].delete.responses['409'] = inline(
        obj({ message: str, order_id: { type: 'integer' } }, ['message']),
        {
          message: 'in use',
          order_id: 3,
        },
      )),
    want: [
      { code: 'sg26-error-body', path: schemaAt(P.productItem, 'delete', '409', 'properties', 'order_id') },
    ],
  },
  {
    name: 'an error status has no JSON body',
    mutate: (d) => (d.paths[P.productItem].delete.responses['409'] = { description: 'Conflict.' }),
    want: [{ code: 'sg26-error-body', path: at('paths', P.productItem, 'delete', 'responses', '409') }],
  },
  {
    name: 'a default response answers another envelope',
    mutate: (d) =>
      (d.paths[P.city].get.responses.default = inline(obj({ status: str, error: str }, ['status']), {
        status: 'ERR',
      })),
    want: [
      { code: 'sg26-error-body', path: schemaAt(P.city, 'get', 'default') },
      { code: 'sg26-error-body', path: schemaAt(P.city, 'get', 'default', 'properties', 'status') },
    ],
  },
];

describe('error rules (SG-22..SG-26) find errors', () => {
  it.each(cases.map((c) => [c.name, c] as const))('when %s', async (_name, c) => {
    await expectBreak(c);
  });

  it('when a shared error response in a $ref-ed fragment is wrong, then the finding points into the fragment', async () => {
    const { lintText, repoRoot } = await import('./helpers/lint.ts');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-fragment-'));
    fs.mkdirSync(path.join(dir, 'common'));
    const errors = fs.readFileSync(
      path.join(repoRoot, 'test/rules/fixtures/golden/common/errors.yaml'),
      'utf8',
    );
    fs.writeFileSync(
      path.join(dir, 'common/errors.yaml'),
      errors.replace('code: { type: number', 'code: { type: string'),
    );
    const api = fs.readFileSync(path.join(repoRoot, 'test/rules/fixtures/golden/api.yaml'), 'utf8');
    const got = await lintText(api, path.join(dir, 'api.yaml'));
    const sg22 = got.filter((g) => g.code === 'sg22-unauthorized-body');
    expect(sg22.length).toBeGreaterThan(0);
    expect(sg22.every((g) => g.path === 'components.schemas.UnauthorizedError.properties.code')).toBe(true);
    expect(sg22.every((g) => g.source.endsWith('common/errors.yaml'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('error rules (SG-22..SG-26) find none', () => {
  it('when a 500 declares trace as an optional string and 429 answers { message }', async () => {
    const d = golden();
    d.paths[P.city].get.responses['429'] = {
      ...inline(obj({ message: str }, ['message']), { message: 'slow down' }),
      headers: { 'Retry-After': { required: true, schema: { type: 'integer' } } },
    };
    expect(await lintObject(d)).toEqual([]);
  });
});
