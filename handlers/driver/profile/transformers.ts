/** One transformer per driver-profile endpoint (SG-12). */
import type { components } from '../../../generated/driver.ts';
import { toTimestamp } from '../../../src/runtime/format.ts';
import type { Coordinates, DriverRecord } from './repository.ts';

type Schemas = components['schemas'];

/** Redis GEO gives back a 52-bit geohash cell's centre: 6 decimals (about 0.1 m) say all it knows. */
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** GET /driver/{id} */
export function toDriverReadResponse(
  record: DriverRecord,
  location: Coordinates | undefined,
): Schemas['DriverReadResponse'] {
  return {
    data: {
      id: record.id,
      phone_number: record.phoneNumber,
      vehicle: record.vehicle,
      plate: record.plate,
      ...(location === undefined
        ? {}
        : { location: { lat: round6(location.lat), lng: round6(location.lng) } }),
      created_at: toTimestamp(record.createdAt),
    },
    message: 'get data driver success',
  };
}
