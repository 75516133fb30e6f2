/** The core service's handler table: every operationId of spec/core.yaml, typed by generated/. */
import type { Redis } from 'ioredis';
import type { Pool } from 'mysql2/promise';
import type { CoreHandlers } from '../../generated/core.operations.ts';
import type { Config } from '../../src/config.ts';
import type { ServiceSummary } from '../../src/runtime/catalogue.ts';
import { createDiscoveryHandlers } from './discovery/index.ts';
import { createGeographyHandlers, createGeographyRepository } from './geography/index.ts';
import { createProductHandlers, createProductRepository } from './product/index.ts';

export interface CoreDependencies {
  pool: Pool;
  redis: Redis;
  config: Readonly<Config>;
  services: readonly ServiceSummary[];
}

export function createCoreHandlers({ pool, redis, config, services }: CoreDependencies): CoreHandlers {
  return {
    ...createProductHandlers(createProductRepository(pool, redis, config.productCacheTtlSeconds)),
    ...createGeographyHandlers(createGeographyRepository(pool)),
    ...createDiscoveryHandlers(services, ['android', 'ios', 'web']),
  };
}
