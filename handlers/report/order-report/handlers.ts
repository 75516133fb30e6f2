/** The thin handler of the order report. */
import type { ReportHandlers } from '../../../generated/report.operations.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import { dayRange } from './days.ts';
import type { OrderReportRepository } from './repository.ts';
import { toOrderReportListData } from './transformers.ts';

type OrderReportHandlers = Pick<ReportHandlers, 'listOrderReport'>;

export function createOrderReportHandlers(reports: OrderReportRepository): OrderReportHandlers {
  return {
    async listOrderReport({ query }) {
      const range = dayRange(query.from, query.to);
      const { offset, limit } = pageWindow(query);
      const { records, total } = await reports.listPage({ ...range, cityId: query.city_id }, offset, limit);
      return { status: 200, page: { records: toOrderReportListData(records), total } };
    },
  };
}
