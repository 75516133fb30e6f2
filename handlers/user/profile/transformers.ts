/** One transformer per user-profile endpoint (SG-12). */
import type { components } from '../../../generated/user.ts';
import { toTimestamp } from '../../../src/runtime/format.ts';
import type { UserRecord } from './repository.ts';

type Schemas = components['schemas'];

/** GET /user/{id} */
export function toUserReadResponse(record: UserRecord): Schemas['UserReadResponse'] {
  return {
    data: {
      id: record.id,
      phone_number: record.phoneNumber,
      display_name: record.displayName,
      created_at: toTimestamp(record.createdAt),
    },
    message: 'get data user success',
  };
}
