/** One transformer per address endpoint (SG-12). */
import type { components } from '../../../generated/user.ts';
import { toTimestamp } from '../../../src/runtime/format.ts';
import type { AddressRecord } from './repository.ts';

type Schemas = components['schemas'];

/** GET /user/{id}/address */
export function toUserAddressListData(
  records: readonly AddressRecord[],
): Schemas['UserAddressListResponse']['data'] {
  return records.map((record) => ({
    id: record.id,
    user_id: record.userId,
    label: record.label,
    street: record.street,
    city_id: record.cityId,
    lat: record.lat,
    lng: record.lng,
    created_at: toTimestamp(record.createdAt),
    updated_at: toTimestamp(record.updatedAt),
  }));
}

/** GET /address/{id} */
export function toAddressReadResponse(record: AddressRecord): Schemas['AddressReadResponse'] {
  return {
    data: {
      id: record.id,
      user_id: record.userId,
      label: record.label,
      street: record.street,
      city_id: record.cityId,
      lat: record.lat,
      lng: record.lng,
      created_at: toTimestamp(record.createdAt),
      updated_at: toTimestamp(record.updatedAt),
    },
    message: 'get data address success',
  };
}
