/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- these tests mutate parsed, untyped YAML documents in place */
/** Waivers: x-style-guide-exception { rules, reason } on an operation, a path item or the root. */
import { describe, expect, it } from 'vitest';
import { at, expectBreak, golden, lintObject, P, type BreakCase } from './helpers/lint.ts';

const cases: BreakCase[] = [
  {
    name: 'the OAuth exception loses its reason, so it waives nothing',
    mutate: (d) => delete d.paths[P.token].post['x-style-guide-exception'].reason,
    want: [
      { code: 'style-guide-exception', path: at('paths', P.token, 'post', 'x-style-guide-exception') },
      {
        code: 'sg09-json-request-body',
        path: at('paths', P.token, 'post', 'requestBody', 'content', 'application/x-www-form-urlencoded'),
      },
      { code: 'sg23-validation-declared', path: at('paths', P.token, 'post', 'responses') },
      {
        code: 'sg26-error-body',
        // the 400 body is a $ref, so Spectral reports inside the schema it names
        path: at('components', 'schemas', 'TokenError', 'properties', 'error'),
      },
    ],
  },
  {
    name: 'an exception gives a token reason',
    mutate: (d) => (d.paths[P.token].post['x-style-guide-exception'].reason = 'RFC'),
    want: [
      {
        code: 'style-guide-exception',
        path: at('paths', P.token, 'post', 'x-style-guide-exception', 'reason'),
      },
    ],
    also: ['sg09-json-request-body', 'sg23-validation-declared', 'sg26-error-body'],
  },
  {
    name: 'an exception names a rule that does not exist',
    mutate: (d) => d.paths[P.token].post['x-style-guide-exception'].rules.push('sg99-no-such-rule'),
    want: [
      {
        code: 'style-guide-exception',
        path: at('paths', P.token, 'post', 'x-style-guide-exception', 'rules', 3),
      },
    ],
  },
  {
    name: 'an exception waives one rule but the operation breaks another',
    mutate: (d) =>
      (d.paths[P.token].post.parameters = [
        { name: 'client_secret', in: 'query', schema: { type: 'string' } },
      ]),
    want: [{ code: 'sg08-no-token-in-url', path: at('paths', P.token, 'post', 'parameters', 0) }],
  },
];

describe('exceptions', () => {
  it.each(cases.map((c) => [c.name, c] as const))('when %s', async (_name, c) => {
    await expectBreak(c);
  });

  it('when a path item waives a rule with a reason, then its operations are waived', async () => {
    const d = golden();
    d.paths[P.city].get.security = [];
    d.paths[P.city]['x-style-guide-exception'] = {
      rules: ['sg07-app-token-required'],
      reason: 'Health data read by the load balancer before any app exists (example).',
    };
    expect(await lintObject(d)).toEqual([]);
  });

  it('when a waiver sits on another operation, then it does not leak', async () => {
    const d = golden();
    d.paths[P.city].get.security = [];
    d.paths[P.product].get['x-style-guide-exception'] = {
      rules: ['sg07-app-token-required'],
      reason: 'A waiver on listProduct must not cover readCity.',
    };
    const got = await lintObject(d);
    expect(got.map((g) => `${g.code} ${g.path}`)).toEqual([
      `sg07-app-token-required ${at('paths', P.city, 'get', 'security')}`,
    ]);
  });
});
