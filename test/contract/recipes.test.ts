/** The generic recipes: each status gets the request that must produce it, or a loud reason. */
import { describe, expect, it } from 'vitest';
import {
  authVariants,
  EXPIRED_ACCESS_TOKEN,
  FORM,
  GARBAGE_ACCESS_TOKEN,
  MISSING_ID,
  recipeFor,
  variantsOf,
  SERVER_ERROR_REASON,
  DEPENDENCY_DOWN_REASON,
} from './recipes.cjs';
import type { EditableRequest, IndexedOperation, Recipe } from './recipes.cjs';

const platform = { name: 'platform', in: 'path', schema: { type: 'string' } };
const id = { name: 'id', in: 'path', schema: { type: 'integer' } };
const page = { name: 'page', in: 'query', schema: { type: 'integer', maximum: 100000 } };
const read: IndexedOperation = {
  operationId: 'readThing',
  method: 'get',
  path: '/api/{platform}/v1/thing/{id}',
  pathMethods: ['get', 'put'],
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
function sent(recipe: Recipe, given: Partial<EditableRequest> = {}): EditableRequest & { describe: string } {
  if (!('change' in recipe)) throw new Error(`not a request: ${JSON.stringify(recipe)}`);
  const request: EditableRequest = {
    method: 'GET',
    params: { platform: 'android', id: '1' },
    query: new URLSearchParams('page=1'),
    headers: { 'X-APP-TOKEN': 'token-a', 'Content-Type': 'application/json' },
    body: '{"price":1,"name":"x"}',
    ...given,
  };
  recipe.change(request);
  return { ...request, describe: recipe.describe };
}

describe('recipes', () => {
  it('when the status is 404 on a path without ids, then the platform is one no API serves', () => {
    const listed = { ...list, pathMethods: ['get', 'post'] };
    const recipe = recipeFor({ operation: listed, status: 404, context });
    expect(sent(recipe).params.platform).toBe('foo');
    if (!('expect' in recipe) || !recipe.expect) throw new Error('no expectation');
    expect(recipe.expect({ message: 'no such URL: GET /api/foo/v1/thing' }, {})).toEqual([]);
    expect(recipe.expect({ message: 'thing 7 not found' }, {})).not.toEqual([]);
  });

  it("when a 404 has ids, then Dredd's transaction uses a missing id and a variant the unknown platform", () => {
    expect(sent(recipeFor({ operation: read, status: 404, context })).params).toEqual({
      platform: 'android',
      id: String(MISSING_ID),
    });
    expect(variantsOf('404', read, context).map(({ name }) => name)).toEqual(['unknown-platform']);
    expect(variantsOf('404', list, context)).toEqual([]);
    const variant = sent(recipeFor({ operation: read, status: 404, variant: 'unknown-platform', context }));
    expect(variant.params).toEqual({ platform: 'foo', id: '7' });
  });

  it('when the status is 405, then a method the path does not serve is sent, without a body, and Allow is checked', () => {
    const recipe = recipeFor({ operation: replace, status: 405, context });
    const request = sent(recipe);
    expect([request.method, request.body, request.headers['Content-Type']]).toEqual([
      'DELETE',
      '',
      undefined,
    ]);
    if (!('expect' in recipe) || !recipe.expect) throw new Error('no expectation');
    expect(recipe.expect({}, { allow: 'GET, PUT, HEAD' })).toEqual([]);
    expect(recipe.expect({}, { allow: 'GET, PUT' })).toEqual([
      expect.stringContaining("expected 'GET, PUT, HEAD'"),
    ]);
  });

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

  it('when the status is 503, then it is skipped with the reason', () => {
    expect(recipeFor({ operation: read, status: 503, context })).toEqual({ skip: DEPENDENCY_DOWN_REASON });
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

  it('when a case sets headers, then they replace the example’s', () => {
    const plan = {
      pathParams: {},
      cases: { 'replaceThing 200': { describe: 'keyed', headers: { 'idempotency-key': 'fresh-key-1' } } },
    };
    const request = sent(recipeFor({ operation: replace, status: 200, context: { ...context, plan } }), {
      headers: { 'X-APP-TOKEN': 'token-a', 'Idempotency-Key': 'example-key' },
    });
    expect(request.headers).toEqual({ 'X-APP-TOKEN': 'token-a', 'idempotency-key': 'fresh-key-1' });
  });

  it('when the status is 401, then the token is removed, or is another platform’s, and no real id is used', () => {
    const missing = sent(recipeFor({ operation: read, status: 401, context }));
    expect(missing.headers['X-APP-TOKEN']).toBeUndefined();
    expect(missing.params.id).toBe(String(MISSING_ID));
    const wrong = recipeFor({ operation: read, status: 401, variant: 'wrong-app-token', context });
    expect(sent(wrong).headers['X-APP-TOKEN']).toBe('token-i');
    if ('expect' in wrong && wrong.expect)
      expect(wrong.expect({ code: 401.1 }, {})).toEqual(['code: expected 401.2, got 401.1']);
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
    expect(recipeFor({ operation: read, status: 413, context })).toHaveProperty('fail');
    expect(
      recipeFor({
        operation: { ...read, pathMethods: ['get', 'put', 'post', 'patch', 'delete'] },
        status: 405,
        context,
      }),
    ).toHaveProperty('fail');
    expect(recipeFor({ operation: read, status: 409, context })).toHaveProperty('fail');
  });

  describe('operations that need an access token', () => {
    const write: IndexedOperation = {
      ...replace,
      operationId: 'writeThing',
      accessTokenScopes: ['admin'],
      csrfHeader: 'X-CSRF-TOKEN',
    };
    const mine: IndexedOperation = { ...read, operationId: 'readMine', accessTokenScopes: [] };
    const plan = {
      pathParams: { writeThing: { id: 8 }, readMine: { id: 5 } },
      accessTokens: { android: { admin: 'at-admin', user: 'at-user' }, web: { admin: 'web-admin' } },
      csrfPlatform: 'web',
    };
    const withTokens = { ...context, appTokens: { ...context.appTokens, web: 'token-w' }, plan };
    const bearerOf = (recipe: Recipe) => sent(recipe).headers.Authorization;

    it('when a request needs a scope, then it carries the token of that role; a 403, one without it', () => {
      expect(bearerOf(recipeFor({ operation: write, status: 200, context: withTokens }))).toBe(
        'Bearer at-admin',
      );
      expect(bearerOf(recipeFor({ operation: write, status: 401, context: withTokens }))).toBe(
        'Bearer at-admin',
      );
      const forbidden = recipeFor({ operation: write, status: 403, context: withTokens });
      expect(bearerOf(forbidden)).toBe('Bearer at-user');
      expect(sent(forbidden).params.id).toBe(String(MISSING_ID));
      if ('expect' in forbidden && forbidden.expect) {
        expect(forbidden.expect({ message: "this operation needs the 'admin' scope" }, {})).toEqual([]);
        expect(forbidden.expect({ message: 'forbidden' }, {})).toHaveLength(1);
      }
    });

    it('when an operation needs no scope, then the first role’s token is used and a 403 needs a case', () => {
      expect(bearerOf(recipeFor({ operation: mine, status: 200, context: withTokens }))).toBe(
        'Bearer at-admin',
      );
      expect(recipeFor({ operation: mine, status: 403, context: withTokens })).toEqual({
        fail: expect.stringContaining('add one to cases') as unknown,
      });
    });

    it('when the plan has no token for the role, then the transaction fails and says where to add it', () => {
      const recipe = recipeFor({
        operation: write,
        status: 404,
        context: { ...withTokens, plan: { pathParams: {} } },
      });
      expect(recipe).toEqual({ fail: expect.stringContaining('add it to accessTokens') as unknown });
    });

    it('when an operation has an access token and CSRF, then it gets every 401 cause; a public read, 401.2 only', () => {
      expect(authVariants(write, withTokens).map((variant) => variant.code)).toEqual([
        401.2, 401.3, 401.4, 401.5, 401.6,
      ]);
      expect(authVariants(write, context).map((variant) => variant.code)).toEqual([
        401.2, 401.3, 401.4, 401.5,
      ]);
      expect(authVariants(read, withTokens).map((variant) => variant.code)).toEqual([401.2]);
    });

    it.each([
      ['no-access-token', undefined, 401.3],
      ['invalid-access-token', `Bearer ${GARBAGE_ACCESS_TOKEN}`, 401.4],
      ['expired-access-token', `Bearer ${EXPIRED_ACCESS_TOKEN}`, 401.5],
    ] as const)('when the 401 variant is %s, then Authorization is %s', (variant, authorization, code) => {
      const recipe = recipeFor({ operation: write, status: 401, variant, context: withTokens });
      expect(bearerOf(recipe)).toBe(authorization);
      if ('expect' in recipe && recipe.expect) expect(recipe.expect({ code }, {})).toEqual([]);
    });

    it('when the expired token is built, then it has the server’s token format with a 1970 expiry', () => {
      expect(EXPIRED_ACCESS_TOKEN).toMatch(/^at\.1\.[A-Za-z0-9_-]{43}$/);
    });

    it('when the 401 is for CSRF, then it goes to the CSRF platform with its tokens but no CSRF header', () => {
      const recipe = recipeFor({
        operation: write,
        status: 401,
        variant: 'no-csrf-token',
        context: withTokens,
      });
      const request = sent(recipe);
      expect(request.params.platform).toBe('web');
      expect(request.headers['X-APP-TOKEN']).toBe('token-w');
      expect(request.headers.Authorization).toBe('Bearer web-admin');
      expect(request.headers['X-CSRF-TOKEN']).toBeUndefined();
    });

    it('when a case names a role and a form body for one media type, then that case wins for it only', () => {
      const cases = {
        'writeThing 200 application/x-www-form-urlencoded': {
          describe: 'form',
          form: { grant_type: 'password', username: '+62 8' },
          role: 'user',
        },
      };
      const planned = { ...withTokens, plan: { ...plan, cases } };
      const form = sent(recipeFor({ operation: write, status: 200, mediaType: FORM, context: planned }));
      expect(form.body).toBe('grant_type=password&username=%2B62+8');
      expect(form.headers['Content-Type']).toBe(FORM);
      expect(form.headers.Authorization).toBe('Bearer at-user');
      const json = recipeFor({
        operation: write,
        status: 200,
        mediaType: 'application/json',
        context: planned,
      });
      expect(json).toHaveProperty('describe', 'prepared data; admin access token');
    });
  });

  it.each([
    [413, /^padding=x{204800}$/],
    [422, /^price=1&name=x&unknown_field=1$/],
    [415, /^price=1&name=x$/],
  ])('when a %i is made for a form-encoded request, then the body stays form-encoded', (status, body) => {
    const form = { headers: { 'X-APP-TOKEN': 'token-a', 'Content-Type': FORM }, body: 'price=1&name=x' };
    const request = sent(recipeFor({ operation: replace, status, mediaType: FORM, context }), form);
    expect(request.body).toMatch(body);
    expect(request.headers['Content-Type']).toBe(status === 415 ? 'text/plain' : FORM);
  });
});
