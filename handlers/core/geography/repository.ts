/** Countries and cities (reference data) in MySQL. SQL only; returns plain records. */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Page } from '../../../src/runtime/paging.ts';

export interface CountryRecord {
  id: number;
  name: string;
  isoCode: string;
}

export interface CityRecord {
  id: number;
  countryId: number;
  name: string;
  province: string;
}

interface CountryRow extends RowDataPacket {
  id: number;
  name: string;
  iso_code: string;
  /** A window COUNT is a BIGINT: mysql2 gives a string when it could overflow. */
  total: number | string;
}

interface CityRow extends RowDataPacket {
  id: number;
  country_id: number;
  name: string;
  province: string;
  total: number | string;
}

export interface GeographyRepository {
  listCountries(offset: number, limit: number): Promise<Page<CountryRecord>>;
  countryExists(id: number): Promise<boolean>;
  listCities(countryId: number, offset: number, limit: number): Promise<Page<CityRecord>>;
  findCity(id: number): Promise<CityRecord | undefined>;
}

const toCity = (row: CityRow): CityRecord => ({
  id: row.id,
  countryId: row.country_id,
  name: row.name,
  province: row.province,
});

export function createGeographyRepository(pool: Pool): GeographyRepository {
  return {
    async listCountries(offset, limit) {
      // Small reference tables: a window count costs less than a second round trip.
      const [rows] = await pool.execute<CountryRow[]>(
        'SELECT id, name, iso_code, COUNT(*) OVER () AS total FROM country ORDER BY name, id LIMIT ? OFFSET ?',
        [String(limit), String(offset)],
      );
      return {
        records: rows.map((row) => ({ id: row.id, name: row.name, isoCode: row.iso_code })),
        total: Number(rows[0]?.total ?? 0),
      };
    },

    async countryExists(id) {
      const [rows] = await pool.execute<RowDataPacket[]>('SELECT 1 FROM country WHERE id = ?', [id]);
      return rows.length > 0;
    },

    async listCities(countryId, offset, limit) {
      const [rows] = await pool.execute<CityRow[]>(
        `SELECT id, country_id, name, province, COUNT(*) OVER () AS total
           FROM city WHERE country_id = ? ORDER BY name, id LIMIT ? OFFSET ?`,
        [countryId, String(limit), String(offset)],
      );
      return { records: rows.map(toCity), total: Number(rows[0]?.total ?? 0) };
    },

    async findCity(id) {
      const [rows] = await pool.execute<CityRow[]>(
        'SELECT id, country_id, name, province FROM city WHERE id = ?',
        [id],
      );
      return rows[0] ? toCity(rows[0]) : undefined;
    },
  };
}
