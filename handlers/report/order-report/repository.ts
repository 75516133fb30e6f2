/**
 * The order report in SQL: one aggregate over the orders placed in a range of UTC days, grouped
 * by day, drop-off city and currency. The `order_report` index (migration 014) covers every
 * column it reads, so the range is an index range scan and the table is never read.
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
  // COUNT is a BIGINT; SUM of a condition is a DECIMAL, which mysql2 returns as a string.
  order_count: number | string;
  cancelled_count: number | string;
  delivered_count: number | string;
  revenue: string;
  total_rows: number | string;
}

export function createOrderReportRepository(pool: Pool): OrderReportRepository {
  return {
    async listPage({ from, until, cityId }, offset, limit) {
      const city =
        cityId === undefined
          ? { sql: '', values: [] }
          : { sql: ' AND dropoff_city_id = ?', values: [cityId] };
      // The page is cut from the grouped rows before the city names are joined, so only a
      // page's worth of cities is read; COUNT(*) OVER () counts the groups, not the orders.
      const [rows] = await pool.execute<ReportRow[]>(
        `SELECT DATE_FORMAT(report.day, '%Y-%m-%d') AS day, report.city_id, city.name AS city_name,
                report.currency, report.order_count, report.cancelled_count, report.delivered_count,
                report.revenue, report.total_rows
           FROM (
             SELECT DATE(created_at) AS day, dropoff_city_id AS city_id, currency,
                    COUNT(*) AS order_count,
                    SUM(status = 'cancelled') AS cancelled_count,
                    SUM(status = 'delivered') AS delivered_count,
                    SUM(IF(status = 'delivered', total, 0)) AS revenue,
                    COUNT(*) OVER () AS total_rows
               FROM \`order\`
              WHERE created_at >= ? AND created_at < ?${city.sql}
              GROUP BY day, city_id, currency
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
          orderCount: Number(row.order_count),
          cancelledCount: Number(row.cancelled_count),
          deliveredCount: Number(row.delivered_count),
          revenue: row.revenue,
        })),
        total: Number(rows[0]?.total_rows ?? 0),
      };
    },
  };
}
