/** Core handlers called as plain functions on the real MariaDB: typed values in, typed result out. */
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import {
  createGeographyHandlers,
  createGeographyRepository,
} from '../../../handlers/core/geography/index.ts';
import { createPool } from '../../../src/db/mysql.ts';
import { NotFoundError } from '../../../src/errors.ts';
import { testConfig } from '../../support/env.ts';
import { contextOf } from '../../support/handler-context.ts';

const config = testConfig();
const pool = createPool(config.databaseUrl, 2);
const geography = createGeographyHandlers(createGeographyRepository(pool));
afterAll(() => pool.end());

describe('core handlers without HTTP', () => {
  it('when a city exists, then readCity returns 200 with its transformed record', async () => {
    const [[jakarta]] = await pool.query<({ id: number } & import('mysql2').RowDataPacket)[]>(
      "SELECT id FROM city WHERE name = 'Jakarta'",
    );
    const result = await geography.readCity(
      contextOf<CoreHandlers['readCity']>({ path: { platform: 'android', id: jakarta?.id ?? 0 } }),
    );
    expect(result).toEqual({
      status: 200,
      body: {
        data: {
          id: jakarta?.id,
          country_id: expect.any(Number) as number,
          name: 'Jakarta',
          province: 'DKI Jakarta',
        },
        message: 'get data city success',
      },
    });
  });

  it('when a city does not exist, then readCity throws the catalogue 404', async () => {
    const call = geography.readCity(
      contextOf<CoreHandlers['readCity']>({ path: { platform: 'ios', id: 999999 } }),
    );
    await expect(call).rejects.toThrow(NotFoundError);
    await expect(call).rejects.toThrow('city 999999 not found');
  });

  it('when countries are listed, then the handler returns a page (records and total), not meta', async () => {
    const result = await geography.listCountry(
      contextOf<CoreHandlers['listCountry']>({ path: { platform: 'web' }, query: { page: 1, per_page: 10 } }),
    );
    if (!('page' in result)) throw new Error('a list handler returns a page');
    expect(result.status).toBe(200);
    expect(result.page.total).toBeGreaterThanOrEqual(1);
    expect(result.page.records).toContainEqual({ id: 1, name: 'Indonesia', iso_code: 'ID' });
    expect(result).not.toHaveProperty('body');
  });
});
