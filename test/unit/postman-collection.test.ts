/** The Postman collection's generator: what it reads from the spec and how a flow step becomes a request. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stepItem, type PostmanItem } from '../../scripts/postman/collection.ts';
import { flow, notInFlow, numberVar, type FlowStep } from '../../scripts/postman/flow.ts';
import { POSTMAN_SOURCE_SPEC } from '../../scripts/postman/source.ts';
import { specOperations, type SpecOperation } from '../../scripts/postman/spec-operations.ts';

const doc = {
  paths: {
    '/api/{platform}/v1/order/{id}': {
      patch: {
        operationId: 'updateOrder',
        security: [{ appToken: [], oauth: ['user'] }],
        responses: { '422': { description: 'no' }, '200': { $ref: '#/components/responses/Written' } },
      },
      get: {
        operationId: 'readOrder',
        security: [{ appToken: [], oauth: [] }, { appToken: [] }],
        responses: { '204': { description: 'none' }, '200': { description: 'one' } },
      },
    },
  },
  components: {
    securitySchemes: { appToken: { type: 'apiKey' }, oauth: { type: 'oauth2' } },
    responses: {
      Written: { description: 'ok', headers: { 'X-Request-Id': { $ref: '#/components/headers/Id' } } },
    },
    headers: { Id: { schema: { type: 'string' } } },
  },
};

describe('specOperations', () => {
  it('reads the first 2xx, its documented headers through references, and whether a token is required', () => {
    expect(specOperations(doc)).toEqual([
      {
        operationId: 'readOrder',
        method: 'GET',
        postmanPath: '/api/:platform/v1/order/:id',
        status: 200,
        headers: { 200: [], 204: [] },
        // One alternative takes the app token alone.
        needsAccessToken: false,
      },
      {
        operationId: 'updateOrder',
        method: 'PATCH',
        postmanPath: '/api/:platform/v1/order/:id',
        status: 200,
        headers: { 200: ['X-Request-Id'], 422: [] },
        needsAccessToken: true,
      },
    ]);
  });
});

describe('the flow', () => {
  it('calls every operation of the source spec, or says why not, and names only real ones', () => {
    const source = specOperations(
      parse(readFileSync(POSTMAN_SOURCE_SPEC, 'utf8')) as Record<string, unknown>,
    );
    const inSpec = new Set(source.map((operation) => operation.operationId));
    const inFlow = new Set(flow.flatMap((stage) => stage.steps.map((step) => step.operationId)));
    expect([...inSpec].filter((id) => !inFlow.has(id) && notInFlow[id] === undefined)).toEqual([]);
    expect([...inFlow, ...Object.keys(notInFlow)].filter((id) => !inSpec.has(id))).toEqual([]);
  });
});

describe('stepItem', () => {
  const update = specOperations(doc).find(
    (operation) => operation.operationId === 'updateOrder',
  ) as SpecOperation;
  const template: PostmanItem = {
    name: 'Cancel one of your orders',
    request: {
      method: 'PATCH',
      url: {
        host: ['{{baseUrl}}'],
        path: ['api', ':platform', 'v1', 'order', ':id'],
        variable: [
          { key: 'platform', value: 'ios' },
          { key: 'id', value: '1' },
        ],
      },
      header: [
        { key: 'Content-Type', value: 'application/json' },
        { key: 'Idempotency-Key', value: 'example', disabled: true },
      ],
      body: { mode: 'raw', raw: '{"status":"cancelled"}' },
      auth: { type: 'apikey' },
    },
    event: [{ listen: 'test', script: { exec: ['pm.test("status", () => {});'] } }],
  };
  const step: FlowStep = {
    operationId: 'updateOrder',
    name: 'Cancel the order',
    as: 'user',
    path: { id: '{{order_id}}' },
    json: { status: 'cancelled', order_id: numberVar('order_id') },
    before: ['pm.variables.set("x", 1);'],
    save: { cancelled_at: { from: 'body', path: 'data.updated_at' } },
  };

  it('fills the URL, the bearer, the body with unquoted number variables, the scripts and the saved values', () => {
    const item = stepItem(step, update, template);
    expect(item.name).toBe('Cancel the order');
    expect(item.request.url.host).toEqual(['{{base_url}}']);
    expect(item.request.url.variable).toEqual([
      { key: 'platform', value: 'android', description: undefined },
      { key: 'id', value: '{{order_id}}', description: undefined },
    ]);
    expect(item.request.header).toEqual([
      { key: 'Content-Type', value: 'application/json' },
      { key: 'Authorization', value: 'Bearer {{user_access_token}}' },
    ]);
    expect(item.request.auth).toBeUndefined();
    expect(item.request.body?.raw).toBe('{\n  "status": "cancelled",\n  "order_id": {{order_id}}\n}');
    expect(item.event).toEqual([
      { listen: 'prerequest', script: { type: 'text/javascript', exec: ['pm.variables.set("x", 1);'] } },
      {
        listen: 'test',
        script: {
          type: 'text/javascript',
          exec: [
            'pm.test("status", () => {});',
            "pm.collectionVariables.set('cancelled_at', pm.response.json().data.updated_at);",
          ],
        },
      },
    ]);
  });

  it('refuses a step without a bearer where the spec requires one, and a bearer where it takes none', () => {
    expect(() => stepItem({ ...step, as: undefined }, update, template)).toThrow(/requires an access token/);
    expect(() => stepItem(step, { ...update, needsAccessToken: false }, template)).toThrow(/does not take/);
  });

  it('lets an error step leave the bearer or the app token out, as the failure it provokes needs', () => {
    const missingToken = stepItem({ ...step, as: undefined, expect: 401 }, update, template);
    expect(missingToken.request.header?.map((header) => header.key)).toEqual(['Content-Type']);
    expect(missingToken.request.auth).toBeUndefined();
    const missingAppToken = stepItem({ ...step, expect: 401, withoutAppToken: true }, update, template);
    expect(missingAppToken.request.auth).toEqual({ type: 'noauth' });
  });

  it('refuses a step that leaves a path parameter or a body to the spec’s examples', () => {
    expect(() => stepItem({ ...step, path: {} }, update, template)).toThrow(
      /no value for path parameter 'id'/,
    );
    expect(() => stepItem({ ...step, json: undefined }, update, template)).toThrow(
      /give the step `json` or `form`/,
    );
  });
});
