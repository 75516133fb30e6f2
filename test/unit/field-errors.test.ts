/** ajv errors become the 422 body's entries (SG-23): one per field, all its messages. */
import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { toFieldErrors } from '../../src/runtime/field-errors.ts';

const error = (
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
  message = '',
): ErrorObject => ({
  instancePath,
  keyword,
  params,
  schemaPath: '#',
  message,
});

describe('toFieldErrors', () => {
  it.each<[string, { given: ErrorObject[]; want: ReturnType<typeof toFieldErrors> }]>([
    [
      'a missing body field',
      {
        given: [error('/requestBody', 'required', { missingProperty: 'name' })],
        want: [{ field: 'name', message: ['is required'] }],
      },
    ],
    [
      'a missing body',
      {
        given: [error('', 'required', { missingProperty: 'requestBody' })],
        want: [{ field: 'body', message: ['is required'] }],
      },
    ],
    [
      'a nested field',
      {
        given: [error('/requestBody/items/0/quantity', 'minimum', { comparison: '>=', limit: 1 })],
        want: [{ field: 'items.0.quantity', message: ['must be >= 1'] }],
      },
    ],
    [
      'a query parameter',
      {
        given: [error('/query/page', 'type', { type: 'integer' })],
        want: [{ field: 'page', message: ['must be integer'] }],
      },
    ],
    [
      'an unknown field',
      {
        given: [error('/requestBody', 'additionalProperties', { additionalProperty: 'colour' })],
        want: [{ field: 'colour', message: ['is not a known field'] }],
      },
    ],
    [
      'two messages for one field, in order, once each',
      {
        given: [
          error('/requestBody/name', 'maxLength', { limit: 3 }),
          error('/requestBody/name', 'pattern', { pattern: '^[a-z]+$' }),
          error('/requestBody/name', 'maxLength', { limit: 3 }),
        ],
        want: [{ field: 'name', message: ['must be at most 3 characters', 'must match ^[a-z]+$'] }],
      },
    ],
    [
      'an enum',
      {
        given: [error('/path/platform', 'enum', { allowedValues: ['android', 'ios'] })],
        want: [{ field: 'platform', message: ['must be one of: android, ios'] }],
      },
    ],
    [
      'a keyword without a wording of its own',
      {
        given: [error('/requestBody/tags', 'uniqueItems', { i: 1, j: 0 }, 'must NOT have duplicate items')],
        want: [{ field: 'tags', message: ['must NOT have duplicate items'] }],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(toFieldErrors(given)).toEqual(want);
  });
});

describe('toFieldErrors on a oneOf told apart by a tag', () => {
  const at = (
    schemaPath: string,
    instancePath: string,
    keyword: string,
    params: Record<string, unknown>,
  ) => ({
    ...error(instancePath, keyword, params),
    schemaPath,
  });
  const branch = (index: number, rest: string) => `#/properties/requestBody/oneOf/${index}/${rest}`;

  it('keeps only the errors of the branch whose tag matched', () => {
    expect(
      toFieldErrors([
        at(branch(0, 'required'), '/requestBody', 'required', { missingProperty: 'password' }),
        at(branch(1, 'properties/grant_type/enum'), '/requestBody/grant_type', 'enum', {
          allowedValues: ['refresh_token'],
        }),
        at(branch(1, 'additionalProperties'), '/requestBody', 'additionalProperties', {
          additionalProperty: 'username',
        }),
        at('#/properties/requestBody/oneOf', '/requestBody', 'oneOf', {}),
      ]),
    ).toEqual([{ field: 'password', message: ['is required'] }]);
  });

  it('keeps every error when no branch matched its tag (nothing to choose by)', () => {
    expect(
      toFieldErrors([
        at(branch(0, 'properties/grant_type/enum'), '/requestBody/grant_type', 'enum', {
          allowedValues: ['password'],
        }),
        at(branch(1, 'properties/grant_type/enum'), '/requestBody/grant_type', 'enum', {
          allowedValues: ['refresh_token'],
        }),
      ]),
    ).toEqual([
      { field: 'grant_type', message: ['must be one of: password', 'must be one of: refresh_token'] },
    ]);
  });
});
