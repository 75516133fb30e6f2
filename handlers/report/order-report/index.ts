/** The order report area of the report service. */
export { createOrderReportHandlers } from './handlers.ts';
export { createOrderReportRepository } from './repository.ts';
