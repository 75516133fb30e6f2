import { describe, expect, it } from 'vitest';
import { integerParametersOf, nonDecimalIntegers } from '../../src/runtime/stages/strict-integers.ts';

const declared = integerParametersOf([
  { name: 'id', in: 'path', schema: { type: 'integer', minimum: 1 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: -10 } },
  { name: 'delta', in: 'query', schema: { type: 'integer' } },
  { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer', minimum: 1 } } },
  { name: 'name', in: 'query', schema: { type: 'string' } },
  { name: 'X-Count', in: 'header', schema: { type: 'integer' } },
]);
const fields = (path: Record<string, unknown>, query: Record<string, unknown>) =>
  nonDecimalIntegers(declared, path, query).map(({ field }) => field);

describe('strict integers', () => {
  it('finds the integer path and query parameters only, arrays of integers included', () => {
    expect(declared.map(({ name }) => name)).toEqual(['id', 'offset', 'delta', 'ids']);
  });

  it('accepts plain digits, and a leading minus only where the schema allows negatives', () => {
    expect(fields({ id: '12' }, { offset: '-3', delta: '-0', ids: ['1', '2'] })).toEqual([]);
    expect(fields({ id: '-12' }, {})).toEqual(['id']);
  });

  it('refuses what number parsing would accept', () => {
    for (const value of ['0x10', '1e1', ' 9', '9 ', '+9', '1.0', '0b1', '']) {
      expect(fields({ id: value }, {}), value).toEqual(['id']);
    }
  });

  it('refuses an array with one bad item, once', () => {
    expect(nonDecimalIntegers(declared, {}, { ids: ['1', '0x2'] })).toEqual([
      { field: 'ids', message: ['must be an integer written in decimal digits (0-9) only'] },
    ]);
  });

  it('leaves absent parameters to the schema', () => {
    expect(fields({}, {})).toEqual([]);
  });
});
