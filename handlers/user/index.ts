/** The user service's handler table: every operationId of spec/user.yaml, typed by generated/. */
import type { Pool } from 'mysql2/promise';
import type { UserHandlers } from '../../generated/user.operations.ts';
import { createAddressHandlers, createAddressRepository } from './address/index.ts';
import { createOrderHandlers, createOrderRepository } from './order/index.ts';
import { createProfileHandlers, createUserProfileRepository } from './profile/index.ts';

export interface UserDependencies {
  pool: Pool;
}

export function createUserHandlers({ pool }: UserDependencies): UserHandlers {
  return {
    ...createProfileHandlers(createUserProfileRepository(pool)),
    ...createAddressHandlers(createAddressRepository(pool)),
    ...createOrderHandlers(createOrderRepository(pool)),
  };
}
