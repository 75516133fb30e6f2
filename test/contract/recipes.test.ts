/** The generic recipes: each status gets the request that must produce it, or a loud reason. */
import { describe, expect, it } from 'vitest';
import { MISSING_ID, recipeFor, SERVER_ERROR_REASON } from './recipes.cjs';
import type { EditableRequest, IndexedOperation, Recipe } from './recipes.cjs';

const platform = { name: 'platform', in: 'path', schema: { type: 'string' } };
const id = { name: 'id', in: 'path', schema: { type: 'integer' } };
const page = { name: 'page', in: 'query', schema: { type: 'integer', maximum: 100000 } };
const read: IndexedOperation = {
  operationId: 'readThing',
  method: 'get',
  path: '/api/{platform}/v1/thing/{id}',
  parameters: [platform, id],
  statuses: ['200', '404'],
};
const list: IndexedOperation = {
  ...read,
  operationId: 'listThing',
  path: '/api/{platform}/v1/thing',
  parameters: [platform, page],
};
const replace: IndexedOperation = {
  ...read,
  operationId: 'replaceThing',
  method: 'put',
  requestSchema: { properties: { price: { type: 'number' }, name: { type: 'string' } } },
};
const context = {
  service: 'demo',
  platform: 'android',
  appTokens: { android: 'token-a', ios: 'token-i' },
  plan: { pathParams: { readThing: { id: 7 }, replaceThing: { id: 8 } } },
};

/** Applies a recipe to the example request `GET /api/android/v1/thing/1?page=1`. */
function sent(recipe: Recipe): EditableRequest & { describe: string } {
  if (!('change' in recipe)) throw new Error(`not a request: ${JSON.stringify(recipe)}`);
  const request: EditableRequest = {
    params: { platform: 'android', id: '1' },
    query: new URLSearchParams('page=1'),
    headers: { 'X-APP-TOKEN': 'token-a', 'Content-Type': 'application/json' },
    body: '{"price":1,"name":"x"}',
  };
  recipe.change(request);
  return { ...request, describe: recipe.describe };
}

describe('recipes', () => {
  it('when the status is a success, then the plan’s ids are used', () => {
    expect(sent(recipeFor({ operation: read, status: 200, context })).params.id).toBe('7');
  });

  it('when the plan has no id for a success, then the transaction fails and says where to add it', () => {
    const recipe = recipeFor({
      operation: read,
      status: 200,
      context: { ...context, plan: { pathParams: {} } },
    });
    expect(recipe).toEqual({ fail: expect.stringContaining('test/contract/services/demo.ts') as unknown });
  });

  it('when the status is 500, then it is skipped with the reason', () => {
    expect(recipeFor({ operation: read, status: 500, context })).toEqual({ skip: SERVER_ERROR_REASON });
  });

  it('when the plan skips or hand-makes a case, then that wins over the generic rule', () => {
    const plan = {
      pathParams: {},
      skips: { 'readThing 404': 'why' },
      cases: { 'readThing 200': { describe: 'own', params: { id: 3 } } },
    };
    expect(recipeFor({ operation: read, status: 404, context: { ...context, plan } })).toEqual({
      skip: 'why',
    });
    expect(sent(recipeFor({ operation: read, status: 200, context: { ...context, plan } })).params.id).toBe(
      '3',
    );
  });

  it('when the status is 401, then the token is removed, or is another platform’s, and no real id is used', () => {
    const missing = sent(recipeFor({ operation: read, status: 401, context }));
    expect(missing.headers['X-APP-TOKEN']).toBeUndefined();
    expect(missing.params.id).toBe(String(MISSING_ID));
    const wrong = recipeFor({ operation: read, status: 401, variant: 'wrong-token', context });
    expect(sent(wrong).headers['X-APP-TOKEN']).toBe('token-i');
    if ('expect' in wrong && wrong.expect)
      expect(wrong.expect({ code: 401.1 })).toEqual(['code: expected 401.2, got 401.1']);
  });

  it.each([
    [
      'a body field of the wrong type, for an operation with a body',
      replace,
      (request: EditableRequest) => request.body,
      '{"price":"not-a-number","name":"x"}',
    ],
    ['page 0, for a list', list, (request: EditableRequest) => request.query.get('page'), '0'],
    ["id 'abc', for a read", read, (request: EditableRequest) => request.params.id, 'abc'],
  ])('when the status is 422, then it sends %s', (_name, operation, part, want) => {
    expect(part(sent(recipeFor({ operation, status: 422, context })))).toBe(want);
  });

  it('when the status is 204 of a list, then the page is far past the end', () => {
    expect(sent(recipeFor({ operation: list, status: 204, context })).query.get('page')).toBe('100000');
  });

  it.each([
    [400, (request: EditableRequest) => expect(() => JSON.parse(request.body) as unknown).toThrow()],
    [413, (request: EditableRequest) => expect(request.body.length).toBeGreaterThan(100 * 1024)],
    [415, (request: EditableRequest) => expect(request.headers['Content-Type']).toBe('text/plain')],
  ])('when the status is %i, then the body is made to get it', (status, check) => {
    check(sent(recipeFor({ operation: replace, status, context })));
  });

  it('when no generic rule fits, then the transaction fails instead of passing unseen', () => {
    expect(recipeFor({ operation: list, status: 404, context })).toHaveProperty('fail');
    expect(recipeFor({ operation: read, status: 413, context })).toHaveProperty('fail');
    expect(recipeFor({ operation: read, status: 409, context })).toHaveProperty('fail');
  });
});
