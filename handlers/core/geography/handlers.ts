/** Thin handlers of the country and city endpoints. */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { problems } from '../../../src/errors.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import type { GeographyRepository } from './repository.ts';
import { toCityReadResponse, toCountryCityListData, toCountryListData } from './transformers.ts';

type GeographyHandlers = Pick<CoreHandlers, 'listCountry' | 'listCountryCity' | 'readCity'>;

export function createGeographyHandlers(geography: GeographyRepository): GeographyHandlers {
  return {
    async listCountry({ query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await geography.listCountries(offset, limit);
      return { status: 200, page: { records: toCountryListData(records), total } };
    },

    async listCountryCity({ path, query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await geography.listCities(path.id, offset, limit);
      // An empty page of a country that does not exist is 404, not 204.
      if (records.length === 0 && !(await geography.countryExists(path.id))) {
        throw problems.notFound('country', path.id);
      }
      return { status: 200, page: { records: toCountryCityListData(records), total } };
    },

    async readCity({ path }) {
      const record = await geography.findCity(path.id);
      if (!record) throw problems.notFound('city', path.id);
      return { status: 200, body: toCityReadResponse(record) };
    },
  };
}
