/** The user service's handler table: every operationId of spec/user.yaml, typed by generated/. */
import type { Pool } from 'mysql2/promise';
import type { UserHandlers } from '../../generated/user.operations.ts';
import type { Config } from '../../src/config.ts';
import { createAddressHandlers, createAddressRepository } from './address/index.ts';
import { createOrderHandlers, createOrderRepository } from './order/index.ts';
import { createProfileHandlers, createUserProfileRepository } from './profile/index.ts';

export interface UserDependencies {
  pool: Pool;
  config: Pick<Config, 'addressLimitPerUser'>;
}

export function createUserHandlers({ pool, config }: UserDependencies): UserHandlers {
  return {
    ...createProfileHandlers(createUserProfileRepository(pool)),
    ...createAddressHandlers(createAddressRepository(pool), config.addressLimitPerUser),
    ...createOrderHandlers(createOrderRepository(pool)),
  };
}
