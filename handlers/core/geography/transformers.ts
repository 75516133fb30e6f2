/** One transformer per geography endpoint (SG-12). */
import type { components } from '../../../generated/core.ts';
import type { PageMeta } from '../../../src/runtime/paging.ts';
import type { CityRecord, CountryRecord } from './repository.ts';

type Schemas = components['schemas'];

/** GET /country */
export function toCountryListResponse(
  records: readonly CountryRecord[],
  meta: PageMeta,
): Schemas['CountryListResponse'] {
  return {
    data: records.map((record) => ({ id: record.id, name: record.name, iso_code: record.isoCode })),
    meta,
  };
}

/** GET /country/{id}/city */
export function toCountryCityListResponse(
  records: readonly CityRecord[],
  meta: PageMeta,
): Schemas['CountryCityListResponse'] {
  return {
    data: records.map((record) => ({
      id: record.id,
      country_id: record.countryId,
      name: record.name,
      province: record.province,
    })),
    meta,
  };
}

/** GET /city/{id} */
export function toCityReadResponse(record: CityRecord): Schemas['CityReadResponse'] {
  return {
    data: { id: record.id, country_id: record.countryId, name: record.name, province: record.province },
    message: 'get data city success',
  };
}
