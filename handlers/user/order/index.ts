/** The order area of the user service. */
export { createOrderHandlers } from './handlers.ts';
export { createOrderRepository, type OrderRepository } from './repository.ts';
