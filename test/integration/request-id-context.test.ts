/**
 * Every log line written while a request is served carries its request id, not only the
 * request line: a handler's own line and the runtime's 500 line, through async work.
 */
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { coreOperations } from '../../generated/core.operations.ts';
import { createAuth } from '../../src/auth/index.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createApp } from '../../src/runtime/app.ts';
import { coreSchemePlatforms, coreValidation } from '../../generated/core.validators.ts';
import { appTokens, testConfig } from '../support/env.ts';

const config = testConfig();
const redis = new Redis(config.redisUrl, { keyPrefix: config.redisKeyPrefix });
let server: Server | undefined;
afterAll(() => {
  server?.close();
  redis.disconnect();
});

describe('when a handler logs after awaiting, then fails', () => {
  it("then its line and the runtime's 500 line carry the request's id", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger(
      { logLevel: 'info', logPretty: false },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    );
    const handler = async ({ log: handlerLog }: { log: typeof log }) => {
      await redis.ping();
      await new Promise((resolve) => setTimeout(resolve, 5));
      handlerLog.info('handler at work');
      throw new Error('boom');
    };
    const app = await createApp({
      config,
      log,
      services: [
        {
          name: 'core',
          validation: coreValidation,
          schemePlatforms: coreSchemePlatforms,
          operations: coreOperations,
          handlers: Object.fromEntries(coreOperations.map((operation) => [operation.operationId, handler])),
        },
      ],
      securityHandlers: createAuth(config, redis).securityHandlers,
      readiness: {},
      specs: {},
    });
    const listening = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise((resolve) => listening.once('listening', resolve));
    const address = listening.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const responses = await Promise.all(
      ['context-test-id-0001', 'context-test-id-0002'].map((id) =>
        fetch(`http://127.0.0.1:${port}/api/android/v1/country`, {
          headers: { 'x-app-token': appTokens.android, 'x-request-id': id },
        }),
      ),
    );
    for (const [index, response] of responses.entries()) {
      const id = `context-test-id-000${index + 1}`;
      expect(response.status).toBe(500);
      expect(response.headers.get('x-request-id')).toBe(id);
      const ofRequest = lines.filter((line) => line.request_id === id).map((line) => line.msg);
      expect(ofRequest).toEqual(
        expect.arrayContaining(['handler at work', 'request failed', 'request completed']),
      );
    }
  });
});
