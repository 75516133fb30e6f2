/** Seed 000's sample API fails on the clauses it breaks; tricky-but-valid specs pass untouched. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, lintFile } from './helpers/lint.ts';

describe("seed 000's sample API (GET /v1/products, GET /v1/products/9, DELETE /v1/products/7)", () => {
  it('when linted, then it fails on SG-01/02, SG-04, SG-16 and the envelope clauses', async () => {
    const got = await lintFile(path.join(fixtures, 'seed-000.yaml'));
    const codes = new Set(got.map((g) => g.code));
    for (const code of [
      'sg01-versioned-url',
      'sg02-platform-prefix',
      'sg04-singular-resource',
      'sg16-snake-case-property',
      'sg16-snake-case-example',
      'sg17-list-envelope',
      'sg17-paging-parameters',
      'sg18-read-envelope',
      'sg21-message-envelope',
      'sg07-app-token-scheme',
      'sg10-discovery',
      'sg14-no-nullable',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(got).toContainEqual(
      expect.objectContaining({
        code: 'sg04-singular-resource',
        path: 'paths./v1/products',
        message: "path segment 'products' must be singular: 'product' (SG-04)",
      }),
    );
    expect(got).toContainEqual(
      expect.objectContaining({
        code: 'sg16-snake-case-property',
        path: 'components.schemas.Product.properties.imageUrl',
        message: "property 'imageUrl' must be snake_case: 'image_url' (SG-16)",
      }),
    );
    // the {status, result, error} envelope is named field by field
    const unexpected = got.filter((g) => g.code === 'sg17-list-envelope').map((g) => g.message);
    for (const field of ['status', 'result', 'error']) {
      expect(unexpected.some((m) => m.includes(`unexpected property '${field}'`))).toBe(true);
    }
  });
});

describe('tricky but valid specs', () => {
  it('when delivery-offer, news, sms, status, address, data, csrf-token, account, actions, v2, headers, multipart, maps, UUIDs, vendor extensions and the OAuth exception appear, then there is no result', async () => {
    expect(await lintFile(path.join(fixtures, 'tricky/api.yaml'))).toEqual([]);
  });
});
