/** The report service's handler table: every operationId of spec/report.yaml, typed by generated/. */
import type { Pool } from 'mysql2/promise';
import type { ReportHandlers } from '../../generated/report.operations.ts';
import { createOrderReportHandlers, createOrderReportRepository } from './order-report/index.ts';

export interface ReportDependencies {
  pool: Pool;
}

export function createReportHandlers({ pool }: ReportDependencies): ReportHandlers {
  return { ...createOrderReportHandlers(createOrderReportRepository(pool)) };
}
