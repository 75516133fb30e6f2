/** One transformer per account endpoint (SG-12). */
import type { components } from '../../../generated/core.ts';
import { toTimestamp } from '../../../src/runtime/format.ts';
import type { AccountRecord } from './repository.ts';

/** GET /account/{id}: never the password hash. */
export function toAccountReadResponse(record: AccountRecord): components['schemas']['AccountReadResponse'] {
  return {
    data: {
      id: record.id,
      phone_number: record.phoneNumber,
      role: record.role,
      phone_verified: record.phoneVerified,
      created_at: toTimestamp(record.createdAt),
    },
    message: 'get data account success',
  };
}
