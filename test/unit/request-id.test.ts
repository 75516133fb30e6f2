import { describe, expect, it } from 'vitest';
import { requestIdFrom } from '../../src/observability/request-id.ts';

describe('when a request arrives with an X-Request-Id', () => {
  it.each(['3f2b8c1e-4a5d-4e6f-9a7b-1c2d3e4f5a6b', 'client.req:42_x'.replace('_', '-'), 'a'.repeat(128)])(
    'then a well-formed id %s is kept',
    (id) => {
      expect(requestIdFrom(id)).toBe(id);
    },
  );

  it.each([
    ['too short', 'abc'],
    ['too long', 'a'.repeat(129)],
    ['a space', 'has a space'],
    ['a newline (log injection)', 'abcdefgh\n{"level":60}'],
    ['a quote', 'abcdefgh"'],
  ])('then one with %s is replaced by a fresh UUID', (_name, id) => {
    const answered = requestIdFrom(id);
    expect(answered).not.toBe(id);
    expect(answered).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('then none, or several, get a fresh id each time', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
    expect(requestIdFrom(['abcdefgh1', 'abcdefgh2'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
