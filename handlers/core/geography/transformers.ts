/** One transformer per geography endpoint (SG-12). */
import type { components } from '../../../generated/core.ts';
import type { CityRecord, CountryRecord } from './repository.ts';

type Schemas = components['schemas'];

/** GET /country */
export function toCountryListData(records: readonly CountryRecord[]): Schemas['CountryListResponse']['data'] {
  return records.map((record) => ({ id: record.id, name: record.name, iso_code: record.isoCode }));
}

/** GET /country/{id}/city */
export function toCountryCityListData(
  records: readonly CityRecord[],
): Schemas['CountryCityListResponse']['data'] {
  return records.map((record) => ({
    id: record.id,
    country_id: record.countryId,
    name: record.name,
    province: record.province,
  }));
}

/** GET /city/{id} */
export function toCityReadResponse(record: CityRecord): Schemas['CityReadResponse'] {
  return {
    data: { id: record.id, country_id: record.countryId, name: record.name, province: record.province },
    message: 'get data city success',
  };
}
