/**
 * Metrics of one process: SG-15 violations have their own counter, and METRICS_ENABLED=false
 * leaves no metrics port and no metrics code on the request path.
 */
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { coreOperations } from '../../generated/core.operations.ts';
import { createAuth } from '../../src/auth/index.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { createApp } from '../../src/runtime/app.ts';
import { startServer } from '../../src/server.ts';
import { coreSchemePlatforms, coreValidation } from '../../generated/core.validators.ts';
import { appTokens, testConfig } from '../support/env.ts';

const config = testConfig();
const redis = new Redis(config.redisUrl, { keyPrefix: config.redisKeyPrefix });
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  redis.disconnect();
});

describe('when a handler answers a body that breaks its spec (SG-15)', () => {
  it('then response_contract_violations_total counts it for that operation, beside the 500', async () => {
    const metrics = createMetrics({ serviceOf: new Map([['readCity', 'core']]), processService: 'core' });
    const broken = async () => ({ status: 200, body: { data: { id: 'one' }, message: 'ok' } });
    const app = await createApp({
      config,
      log: createLogger({ logLevel: 'silent', logPretty: false }),
      metrics,
      services: [
        {
          name: 'core',
          validation: coreValidation,
          schemePlatforms: coreSchemePlatforms,
          operations: coreOperations,
          handlers: Object.fromEntries(coreOperations.map((operation) => [operation.operationId, broken])),
        },
      ],
      securityHandlers: createAuth(config, redis).securityHandlers,
      readiness: {},
      specs: {},
    });
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    for (let call = 0; call < 3; call++) {
      const response = await fetch(`http://127.0.0.1:${port}/api/android/v1/city/1`, {
        headers: { 'x-app-token': appTokens.android },
      });
      expect(response.status).toBe(500);
    }
    const text = await metrics.registry.metrics();
    expect(text).toContain('response_contract_violations_total{service="core",operation="readCity"} 3');
    expect(text).toContain(
      'http_requests_total{service="core",operation="readCity",method="GET",status="500"} 3',
    );
  });
});

describe('when METRICS_ENABLED=false', () => {
  it('then the process serves no metrics', async () => {
    const running = await startServer(testConfig({ metricsEnabled: false }));
    try {
      expect(running.metricsUrl).toBeUndefined();
      const response = await fetch(`${running.url}/api/android/v1/country`, {
        headers: { 'x-app-token': appTokens.android },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBeTruthy();
    } finally {
      await running.close();
    }
  });

  it('and when on, /metrics is on its own port, not the API one', async () => {
    const running = await startServer(testConfig());
    try {
      expect(new URL(running.metricsUrl ?? '').port).not.toBe(new URL(running.url).port);
      expect(await (await fetch(running.metricsUrl ?? '')).text()).toContain('# TYPE redis_up gauge');
    } finally {
      await running.close();
    }
  });
});
