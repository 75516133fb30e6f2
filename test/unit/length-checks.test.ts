/**
 * The generated validators' maxLength and minLength checks, decided by `length` where that is
 * enough (boundLengthChecks in scripts/generate/validators.ts): they give JSON Schema's answers,
 * in code points, for strings whose length and code points differ (emoji, lone surrogates).
 */
import { describe, expect, it } from 'vitest';
import { coreValidation } from '../../generated/core.validators.ts';
import { boundLengthChecks } from '../../scripts/generate/validators.ts';

const EMOJI = '😀'; // one code point, two UTF-16 units

/** createProduct's body validator: `name` has maxLength 200 (and a pattern of \S). */
function nameAccepted(name: string): boolean {
  const [bodyValidator] = coreValidation.createProduct?.request ?? [];
  if (!bodyValidator) throw new Error('createProduct has no body validator');
  return bodyValidator({
    requestBody: { name, price: 18000, image_url: 'https://images.example.com/kopi.jpg' },
  });
}

/** listProduct's 200 validator: each item's `name` has minLength 1 and maxLength 200. */
function listedNameAccepted(name: string): boolean {
  const validate = coreValidation.listProduct?.responses['200'];
  if (!validate) throw new Error('listProduct has no 200 validator');
  const item = {
    id: 1,
    name,
    price: 18000,
    image_url: 'https://images.example.com/kopi.jpg',
    created_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
  };
  const meta = {
    links: { next: '', prev: '' },
    total_data: 1,
    count: 1,
    per_page: 20,
    current_page: 1,
    total_page: 1,
  };
  return validate({ data: [item], meta });
}

/** JSON Schema's length: code points (a string's iterator walks code points). */
const codePoints = (text: string): number => Array.from(text).length;

describe('when a string is checked against maxLength 200', () => {
  it('then 200 code points pass and 201 fail, whatever their length in UTF-16 units', () => {
    expect(nameAccepted('a'.repeat(200))).toBe(true);
    expect(nameAccepted('a'.repeat(201))).toBe(false);
    expect(nameAccepted(EMOJI.repeat(200))).toBe(true); // 400 units
    expect(nameAccepted(EMOJI.repeat(201))).toBe(false);
    expect(nameAccepted(`${'a'.repeat(199)}${EMOJI}`)).toBe(true); // 201 units, 200 code points
    expect(nameAccepted(`${'a'.repeat(200)}${EMOJI}`)).toBe(false);
  });
});

describe('when a string is checked against minLength 1', () => {
  it('then the empty string fails and one code point passes', () => {
    expect(listedNameAccepted('')).toBe(false);
    expect(listedNameAccepted('a')).toBe(true);
    expect(listedNameAccepted(EMOJI)).toBe(true);
    expect(listedNameAccepted('\uD83D')).toBe(true); // a lone surrogate counts as one
  });
});

describe('when strings of every mix of units are checked', () => {
  it('then the verdicts are those of counting code points', () => {
    const parts = ['a', EMOJI, '\uD83D', '\uDE00', 'é'];
    let seed = 7;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let trial = 0; trial < 2000; trial++) {
      const size = random(2) === 0 ? random(4) : 180 + random(40);
      let name = '';
      for (let part = 0; part < size; part++) name += parts[random(parts.length)] ?? '';
      const expected = codePoints(name) >= 1 && codePoints(name) <= 200;
      expect(listedNameAccepted(name), JSON.stringify({ units: name.length, points: codePoints(name) })).toBe(
        expected,
      );
    }
  });
});

describe('when the generator rewrites ajv standalone code', () => {
  it('then only the length helper calls change, each guarded by the length', () => {
    const code =
      'const func2 = require("ajv/dist/runtime/ucs2length").default;' +
      'if(func2(data3) > 200){}if(func2(data3) < 3){}if(other(data3) > 1){}';
    expect(boundLengthChecks(code)).toBe(
      'const func2 = require("ajv/dist/runtime/ucs2length").default;' +
        'if((data3.length > 200 && func2(data3) > 200)){}if((data3.length < 6 && func2(data3) < 3)){}if(other(data3) > 1){}',
    );
    expect(boundLengthChecks('if(func2(x) > 1){}')).toBe('if(func2(x) > 1){}');
  });
});
