import { describe, expect, it } from 'vitest';
import { escapeToken, follow, pointerTarget, pointerTokens } from '../../rules/lib/json-pointer.js';

const doc = {
  paths: {
    '/api/{platform}/v1/product': { get: { responses: { '200': { $ref: '#/components/responses/Ok' } } } },
  },
  components: {
    responses: { Ok: { $ref: '#/components/responses/Real' }, Real: { description: 'ok' } },
    schemas: { 'a~b': { type: 'string' }, 'c d': { type: 'integer' }, List: { allOf: [{ type: 'object' }] } },
    loop: { first: { $ref: '#/components/loop/second' }, second: { $ref: '#/components/loop/first' } },
  },
};

describe('json-pointer (RFC 6901)', () => {
  it('escapes and unescapes reference tokens, ~ before /', () => {
    expect(escapeToken('/api/{platform}~x')).toBe('~1api~1{platform}~0x');
    expect(pointerTokens('/a~01/b~1c')).toEqual(['a~1', 'b/c']);
    expect(pointerTokens('#')).toEqual([]);
  });

  it('reads plain pointers and percent-encoded local references alike', () => {
    expect(pointerTarget(doc, '/components/schemas/a~0b')).toEqual({ type: 'string' });
    expect(pointerTarget(doc, '#/components/schemas/c%20d')).toEqual({ type: 'integer' });
    expect(pointerTarget(doc, '#/components/schemas/List/allOf/0')).toEqual({ type: 'object' });
  });

  it('answers undefined for dangling, inherited, bad-index and external references', () => {
    expect(pointerTarget(doc, '#/components/schemas/Missing')).toBeUndefined();
    expect(pointerTarget(doc, '#/components/constructor')).toBeUndefined();
    expect(pointerTarget(doc, '#/components/schemas/List/allOf/01')).toBeUndefined();
    expect(pointerTarget(doc, 'common/errors.yaml#/components/schemas/Error')).toBeUndefined();
  });

  it('follows a chain of references and says where the node really is', () => {
    const start = doc.paths['/api/{platform}/v1/product'].get.responses['200'];
    expect(follow(doc, start, '/start')).toEqual({
      node: { description: 'ok' },
      pointer: '/components/responses/Real',
      ref: '#/components/responses/Real',
    });
    expect(follow(doc, { type: 'string' }, '/here')).toEqual({
      node: { type: 'string' },
      pointer: '/here',
      ref: undefined,
    });
  });

  it('throws on a reference cycle instead of looping', () => {
    expect(() => follow(doc, doc.components.loop.first)).toThrow(/reference cycle/);
  });
});
