/**
 * Drift between the spec, the generated code and the runtime: every operation has a handler,
 * every error status the runtime raises is a documented shared response, and the 401 codes
 * of the error catalogue are exactly those the spec documents.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coreOperations } from '../../generated/core.operations.ts';
import { createCoreHandlers } from '../../handlers/core/index.ts';
import { AuthFailure, runtimeErrorStatuses } from '../../src/errors.ts';
import { pino } from 'pino';
import { createAuth } from '../../src/auth/index.ts';
import { createPool } from '../../src/db/mysql.ts';
import { createRedis } from '../../src/db/redis.ts';
import { testConfig } from '../support/env.ts';

const errors = parse(readFileSync('spec/common/errors.yaml', 'utf8')) as {
  components: {
    responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
    schemas: { AuthError: { properties: { code: { enum: number[] } } } };
  };
};

describe('every operation of the spec has exactly one handler', () => {
  it('core', () => {
    // Handlers are only built here, never called: the clients never connect.
    const config = testConfig();
    const redis = createRedis(config.redisUrl, config.redisKeyPrefix);
    const pool = createPool(config.databaseUrl, 1);
    const handlers = createCoreHandlers({
      pool,
      redis,
      config,
      auth: createAuth(config, redis),
      log: pino({ level: 'silent' }),
      services: [],
    });
    expect(Object.keys(handlers).sort()).toEqual(
      coreOperations.map((operation) => operation.operationId).sort(),
    );
    redis.disconnect();
    void pool.end();
  });
});

describe('every error status the runtime raises is a shared response of spec/common/errors.yaml', () => {
  const documented: Record<number, string> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'Conflict',
    429: 'TooManyRequests',
    405: 'MethodNotAllowed',
    413: 'PayloadTooLarge',
    415: 'UnsupportedMediaType',
    422: 'UnprocessableEntity',
    500: 'InternalServerError',
    503: 'ServiceUnavailable',
  };
  it.each(runtimeErrorStatuses.map((status) => [status]))('%i', (status) => {
    const name = documented[status];
    expect(name, `status ${status} has no shared response name`).toBeDefined();
    expect(errors.components.responses[name ?? '']).toBeDefined();
  });
});

describe('401 codes (SG-22)', () => {
  it('the catalogue and the spec list the same codes', () => {
    expect(Object.values(AuthFailure).sort()).toEqual(
      [...errors.components.schemas.AuthError.properties.code.enum].sort(),
    );
  });
});
