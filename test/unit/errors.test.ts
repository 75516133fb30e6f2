/** The one place that turns any thrown value into a status and the style guide's body. */
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError, toErrorResponse } from '../../src/errors.ts';

describe('toErrorResponse', () => {
  it.each<[string, { given: unknown; want: { status: number; body: unknown } }]>([
    [
      'an AppError',
      {
        given: new NotFoundError('product 9 not found'),
        want: { status: 404, body: { message: 'product 9 not found' } },
      },
    ],
    [
      'a validation error',
      {
        given: new ValidationError([{ field: 'page', message: ['must be >= 1'] }]),
        want: {
          status: 422,
          body: {
            message: 'the request has 1 invalid field: page',
            errors: [{ field: 'page', message: ['must be >= 1'] }],
          },
        },
      },
    ],
    [
      'a broken reference reaching the runtime is a 500 (repositories translate the ones they expect)',
      {
        given: Object.assign(new Error('... REFERENCES `city` (`id`))'), { code: 'ER_NO_REFERENCED_ROW_2' }),
        want: { status: 500, body: { message: 'internal server error' } },
      },
    ],
    [
      "express's malformed URL escape",
      {
        given: Object.assign(new URIError("Failed to decode param '%E0'"), { status: 400 }),
        want: { status: 400, body: { message: "Failed to decode param '%E0'" } },
      },
    ],
    ['a thrown string', { given: 'boom', want: { status: 500, body: { message: 'internal server error' } } }],
  ])('%s', (_name, { given, want }) => {
    expect(toErrorResponse(given, { exposeTrace: false })).toEqual(want);
  });

  it('adds the trace only when asked (SG-25)', () => {
    expect(toErrorResponse(new Error('boom'), { exposeTrace: true }).body).toEqual({
      message: 'internal server error',
      trace: expect.stringMatching(/^Error: boom\n/) as unknown,
    });
  });
});
