/**
 * scripts/generate/platforms.ts: a platform's bundle keeps what applies to that platform
 * (`x-platforms`), only the requirements whose schemes all apply, literal paths, and the roles a
 * cookie borrows from the oauth scheme; an operation with no requirement left fails generation.
 */
import { describe, expect, it } from 'vitest';
import { forPlatform } from '../../scripts/generate/platforms.ts';

type Json = Record<string, unknown>;

function source(security: unknown[]): Json {
  return {
    openapi: '3.0.3',
    security: [{ appToken: [] }, { webAppToken: [] }],
    paths: {
      '/api/{platform}/v1/thing/{id}': {
        parameters: [
          { $ref: '#/components/parameters/Platform' },
          { name: 'id', in: 'path', required: true },
        ],
        post: {
          operationId: 'createThing',
          security,
          parameters: [{ $ref: '#/components/parameters/SessionCookie' }],
          responses: {
            '200': {
              description: 'ok',
              headers: { 'Set-Cookie': { 'x-platforms': ['web'], schema: { type: 'string' } } },
              content: {
                'application/json': {
                  examples: {
                    bearer: { 'x-platforms': ['android', 'ios'], value: { url: '/api/android/v1/thing/1' } },
                    cookie: { 'x-platforms': ['web'], value: {} },
                  },
                },
              },
            },
          },
        },
        get: { operationId: 'readThing', responses: { '200': { description: 'ok' } } },
      },
    },
    components: {
      parameters: {
        Platform: {
          name: 'platform',
          in: 'path',
          required: true,
          schema: { enum: ['android', 'ios', 'web'] },
        },
        SessionCookie: { name: 'session', in: 'cookie', 'x-platforms': ['web'] },
      },
      securitySchemes: {
        appToken: { type: 'apiKey', in: 'header', name: 'X-APP-TOKEN', 'x-platforms': ['android', 'ios'] },
        webAppToken: { type: 'apiKey', in: 'header', name: 'X-APP-TOKEN', 'x-platforms': ['web'] },
        oauth: { type: 'oauth2', 'x-platforms': ['android', 'ios'], flows: {} },
        accessTokenCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'access_token',
          'x-platforms': ['web'],
          'x-scopes-of': 'oauth',
        },
        csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-TOKEN', 'x-platforms': ['web'] },
      },
    },
  };
}

const honest = [
  { appToken: [], oauth: ['admin'] },
  { webAppToken: [], accessTokenCookie: [], csrfToken: [] },
];

interface Operation {
  security?: unknown;
  parameters?: unknown[];
  'x-scopes'?: unknown;
  responses: Record<string, { headers?: Json; content?: Record<string, { examples?: Json }> }>;
}

function operation(bundle: Json, path: string, method = 'post'): Operation {
  return (bundle.paths as Record<string, Record<string, Operation>>)[path]?.[method] as Operation;
}

describe('a per-platform bundle', () => {
  it('on android: literal paths, the bearer requirement only, no web-only parameter, header or example', () => {
    const bundle = forPlatform(source(honest), 'android', 'fixture');
    expect(Object.keys(bundle.paths as Json)).toEqual(['/api/android/v1/thing/{id}']);
    const create = operation(bundle, '/api/android/v1/thing/{id}');
    expect(create.security).toEqual([{ appToken: [], oauth: ['admin'] }]);
    expect(create.parameters).toEqual([]);
    expect(create['x-scopes']).toBeUndefined();
    expect(create.responses['200']?.headers).toEqual({});
    expect(create.responses['200']?.content?.['application/json']?.examples).toEqual({
      bearer: { value: { url: '/api/android/v1/thing/1' } },
    });
    expect(bundle.security).toEqual([{ appToken: [] }]);
    const components = bundle.components as Record<string, Json>;
    expect(Object.keys(components.securitySchemes ?? {})).toEqual(['appToken', 'oauth']);
    expect(Object.keys(components.parameters ?? {})).toEqual([]);
    expect(JSON.stringify(bundle)).not.toContain('x-platforms');
  });

  it('on web: the cookie and CSRF requirement, the role as x-scopes, its own URLs in examples', () => {
    const bundle = forPlatform(source(honest), 'web', 'fixture');
    const create = operation(bundle, '/api/web/v1/thing/{id}');
    expect(create.security).toEqual([{ webAppToken: [], accessTokenCookie: [], csrfToken: [] }]);
    expect(create['x-scopes']).toEqual(['admin']);
    expect(create.parameters).toEqual([{ $ref: '#/components/parameters/SessionCookie' }]);
    expect(Object.keys(create.responses['200']?.headers ?? {})).toEqual(['Set-Cookie']);
    expect(bundle.security).toEqual([{ webAppToken: [] }]);
    const read = operation(bundle, '/api/web/v1/thing/{id}', 'get');
    expect(read.security).toBeUndefined();
  });

  it('refuses an operation that no requirement lets a platform call', () => {
    expect(() => forPlatform(source([{ appToken: [], oauth: ['admin'] }]), 'web', 'fixture')).toThrow(
      'fixture: POST /api/{platform}/v1/thing/{id} has no security requirement for web',
    );
  });
});
