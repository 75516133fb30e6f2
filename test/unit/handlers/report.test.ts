/** The report handler called as a plain function on the real MariaDB: the range it reads, and its 422s. */
import type { ResultSetHeader } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportHandlers } from '../../../generated/report.operations.ts';
import { createReportHandlers } from '../../../handlers/report/index.ts';
import { createPool } from '../../../src/db/mysql.ts';
import { ValidationError } from '../../../src/errors.ts';
import { testConfig } from '../../support/env.ts';
import { phoneNumber } from '../../support/auth.ts';
import { contextOf } from '../../support/handler-context.ts';

const pool = createPool(testConfig().databaseUrl, 2);
const handlers = createReportHandlers({ pool });
let adminId = 0;

const report = (from: string, to: string) =>
  handlers.listOrderReport(
    contextOf<ReportHandlers['listOrderReport']>({
      principal: { accountId: adminId, role: 'admin' },
      path: { platform: 'android' },
      query: { from, to, page: 1, per_page: 20 },
    }),
  );

beforeAll(async () => {
  const [account] = await pool.execute<ResultSetHeader>(
    "INSERT INTO account (phone_number, password_hash, role) VALUES (?, 'unused', 'admin')",
    [phoneNumber()],
  );
  adminId = account.insertId;
  // A summary row alone (as the triggers keep it): the handler reads nothing else.
  await pool.query(
    "INSERT INTO order_day_summary VALUES ('1993-12-31', 42, 'SGD', 0, 3, 1, 2, 12.35) ON DUPLICATE KEY UPDATE order_count = 3",
  );
});
afterAll(async () => {
  await pool.query("DELETE FROM order_day_summary WHERE day = '1993-12-31' AND city_id = 42");
  await pool.execute('DELETE FROM account WHERE id = ?', [adminId]);
  await pool.end();
});

describe('report handler without HTTP', () => {
  it('when the range is the last day of a year, then it reads that day and returns the page', async () => {
    expect(await report('1993-12-31', '1993-12-31')).toEqual({
      status: 200,
      page: {
        records: [
          {
            day: '1993-12-31',
            city_id: 42,
            city_name: 'Singapore',
            currency: 'SGD',
            order_count: 3,
            cancelled_count: 1,
            delivered_count: 2,
            revenue: 12.35,
          },
        ],
        total: 1,
      },
    });
    expect(await report('1994-01-01', '1994-01-01')).toEqual({
      status: 200,
      page: { records: [], total: 0 },
    });
  });

  it('when the range is reversed or impossible, then it throws the catalogue 422 before any query', async () => {
    await expect(report('1994-01-02', '1994-01-01')).rejects.toThrow(ValidationError);
    await expect(report('1993-02-29', '1993-03-01')).rejects.toThrow('the request has 1 invalid field: from');
  });
});
