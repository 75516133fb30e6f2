/** The driver service's handler table: every operationId of spec/driver.yaml, typed by generated/. */
import type { Redis } from 'ioredis';
import type { Pool } from 'mysql2/promise';
import type { DriverHandlers } from '../../generated/driver.operations.ts';
import type { Config } from '../../src/config.ts';
import { createDeliveryHandlers, createDeliveryRepository } from './delivery/index.ts';
import { createDriverProfileRepository, createProfileHandlers } from './profile/index.ts';

export interface DriverDependencies {
  pool: Pool;
  redis: Redis;
  config: Pick<Config, 'driverLocationMaxAgeSeconds'>;
}

export function createDriverHandlers({ pool, redis, config }: DriverDependencies): DriverHandlers {
  const drivers = createDriverProfileRepository(pool, redis);
  return {
    ...createProfileHandlers(drivers),
    ...createDeliveryHandlers(
      createDeliveryRepository(pool),
      (driverId) => drivers.findLocation(driverId),
      config.driverLocationMaxAgeSeconds,
    ),
  };
}
