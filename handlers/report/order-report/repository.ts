/**
 * The order report in SQL: the rows of `order_day_summary` (migrations 016, 020), kept per UTC
 * day, drop-off city, currency and shard by triggers on order writes, for a range of days. Its
 * primary key (day, city_id, currency, shard) makes the range a key range already in the
 * report's order.
 */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Page } from '../../../src/runtime/paging.ts';

export interface OrderReportQuery {
  /** First UTC day, included: `2026-11-01`. */
  from: string;
  /** The day after the last one: `2026-12-01` for a range ending on 2026-11-30. */
  until: string;
  cityId: number | undefined;
}

export interface OrderReportRecord {
  day: string;
  cityId: number;
  cityName: string;
  currency: string;
  orderCount: number;
  cancelledCount: number;
  deliveredCount: number;
  /** DECIMAL as mysql2 returns it, in `currency`. */
  revenue: string;
}

export interface OrderReportRepository {
  /** One page of rows, by day, city and currency, and how many rows the whole report has. */
  listPage(query: OrderReportQuery, offset: number, limit: number): Promise<Page<OrderReportRecord>>;
}

interface ReportRow extends RowDataPacket {
  day: string;
  city_id: number;
  city_name: string;
  currency: string;
  order_count: number;
  cancelled_count: number;
  delivered_count: number;
  revenue: string;
  total_rows: number | string;
}

export function createOrderReportRepository(pool: Pool): OrderReportRepository {
  return {
    async listPage({ from, until, cityId }, offset, limit) {
      const city =
        cityId === undefined ? { sql: '', values: [] } : { sql: ' AND city_id = ?', values: [cityId] };
      // An order counts in one of 16 shard rows of its day, city and currency (migration 020):
      // a report row sums them. The page is cut before the city names are joined, so only a
      // page's worth of cities is read; COUNT(*) OVER () counts the rows of the whole report.
      // Rows whose orders were all deleted stay behind with a zero count and are left out.
      const [rows] = await pool.execute<ReportRow[]>(
        `SELECT DATE_FORMAT(report.day, '%Y-%m-%d') AS day, report.city_id, city.name AS city_name,
                report.currency, report.order_count, report.cancelled_count, report.delivered_count,
                report.revenue, report.total_rows
           FROM (
             SELECT summed.*, COUNT(*) OVER () AS total_rows
               FROM (
                 SELECT day, city_id, currency,
                        CAST(SUM(order_count) AS UNSIGNED) AS order_count,
                        CAST(SUM(cancelled_count) AS UNSIGNED) AS cancelled_count,
                        CAST(SUM(delivered_count) AS UNSIGNED) AS delivered_count,
                        SUM(revenue) AS revenue
                   FROM order_day_summary
                  WHERE day >= ? AND day < ?${city.sql}
                  GROUP BY day, city_id, currency
                 HAVING SUM(order_count) > 0
               ) AS summed
              ORDER BY day, city_id, currency
              LIMIT ? OFFSET ?
           ) AS report
           JOIN city ON city.id = report.city_id
          ORDER BY report.day, report.city_id, report.currency`,
        [from, until, ...city.values, String(limit), String(offset)],
      );
      return {
        records: rows.map((row) => ({
          day: row.day,
          cityId: row.city_id,
          cityName: row.city_name,
          currency: row.currency,
          orderCount: row.order_count,
          cancelledCount: row.cancelled_count,
          deliveredCount: row.delivered_count,
          revenue: row.revenue,
        })),
        total: Number(rows[0]?.total_rows ?? 0),
      };
    },
  };
}
