/**
 * The route table selects each platform's security requirements at mount (src/runtime/stages/
 * mount.ts): only the requirements whose schemes all apply there (`x-platforms`), in check
 * order; an operation that some platform could not call stops start-up instead of running
 * unchecked there.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../src/runtime/handler-types.ts';
import type { MountedOperation } from '../../src/runtime/stages/mount.ts';
import { createRouteTable } from '../../src/runtime/stages/route-table.ts';

const handlers = {
  appToken: () => undefined,
  webAppToken: () => undefined,
  oauth: () => undefined,
  csrfToken: () => undefined,
};

function service(security: OperationSpec['security']) {
  const spec: OperationSpec = {
    operationId: 'createThing',
    method: 'post',
    path: '/api/{platform}/v1/thing',
    expressPath: '/api/:platform/v1/thing',
    security,
    authenticated: false,
    statuses: [204],
    requestMediaTypes: [],
    queryDefaults: [],
    deprecation: null,
  };
  return {
    name: 'fixture',
    validation: {
      createThing: {
        request: [],
        responses: {},
        headerParameters: [],
        cookieParameters: [],
        arrayQueryParameters: [],
        oauthErrors: false,
        integerParameters: [],
        grants: null,
      },
    },
    schemePlatforms: { appToken: ['android'], webAppToken: ['web'], oauth: ['android'], csrfToken: ['web'] },
    operations: [spec],
    handlers: { createThing: async () => ({ status: 204 }) },
  };
}

describe('security per platform, chosen at mount', () => {
  it('refuses to start when a platform has no requirement it could meet', async () => {
    const mobileOnly = service([
      [
        { scheme: 'appToken', scopes: [] },
        { scheme: 'oauth', scopes: ['admin'] },
      ],
    ]);
    await expect(
      createRouteTable([mobileOnly], handlers, ['android', 'web'], async () => undefined),
    ).rejects.toThrow('fixture: createThing has no security requirement for web');
  });

  it('gives each platform its own requirements, in check order, looked up by the request', async () => {
    const honest = service([
      [
        { scheme: 'oauth', scopes: ['admin'] },
        { scheme: 'appToken', scopes: [] },
      ],
      [
        { scheme: 'csrfToken', scopes: [] },
        { scheme: 'webAppToken', scopes: [] },
      ],
    ]);
    let seen: MountedOperation | undefined;
    const router = await createRouteTable(
      [honest],
      handlers,
      ['android', 'web'],
      async (mounted, _request, response) => {
        seen = mounted;
        response.status(204).end();
      },
    );
    const app = express().use(router);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      expect((await fetch(`http://127.0.0.1:${port}/api/web/v1/thing`, { method: 'POST' })).status).toBe(204);
    } finally {
      server.close();
    }
    expect(seen?.securityByPlatform).toEqual({
      android: [
        [
          { scheme: 'appToken', scopes: [] },
          { scheme: 'oauth', scopes: ['admin'] },
        ],
      ],
      web: [
        [
          { scheme: 'webAppToken', scopes: [] },
          { scheme: 'csrfToken', scopes: [] },
        ],
      ],
    });
  });
});
