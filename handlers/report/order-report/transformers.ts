/** The order report's one transformer (SG-12): revenue leaves as a number, exact in its currency (SG-13). */
import type { components } from '../../../generated/report.ts';
import { decimalToNumber } from '../../../src/runtime/format.ts';
import type { OrderReportRecord } from './repository.ts';

/** GET /order-report */
export function toOrderReportListData(
  records: readonly OrderReportRecord[],
): components['schemas']['OrderReportListResponse']['data'] {
  return records.map((record) => ({
    day: record.day,
    city_id: record.cityId,
    city_name: record.cityName,
    currency: record.currency,
    order_count: record.orderCount,
    cancelled_count: record.cancelledCount,
    delivered_count: record.deliveredCount,
    revenue: decimalToNumber(record.revenue),
  }));
}
