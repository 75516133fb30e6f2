/** The offer and delivery area of the driver service. */
export { createDeliveryHandlers } from './handlers.ts';
export { createDeliveryRepository, type DeliveryRepository } from './repository.ts';
