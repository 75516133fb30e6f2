/** Thin handlers of the country and city endpoints. */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { pageMeta, pageWindow } from '../../../src/runtime/paging.ts';
import type { GeographyRepository } from './repository.ts';
import { toCityReadResponse, toCountryCityListResponse, toCountryListResponse } from './transformers.ts';

type GeographyHandlers = Pick<CoreHandlers, 'listCountry' | 'listCountryCity' | 'readCity'>;

export function createGeographyHandlers(geography: GeographyRepository): GeographyHandlers {
  return {
    async listCountry({ query, request }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await geography.listCountries(offset, limit);
      if (records.length === 0) return { status: 204 };
      return {
        status: 200,
        body: toCountryListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    async listCountryCity({ path, query, request }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await geography.listCities(path.id, offset, limit);
      if (records.length === 0) {
        return (await geography.countryExists(path.id))
          ? { status: 204 }
          : { status: 404, body: { message: `country ${path.id} not found` } };
      }
      return {
        status: 200,
        body: toCountryCityListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    async readCity({ path }) {
      const record = await geography.findCity(path.id);
      return record
        ? { status: 200, body: toCityReadResponse(record) }
        : { status: 404, body: { message: `city ${path.id} not found` } };
    },
  };
}
