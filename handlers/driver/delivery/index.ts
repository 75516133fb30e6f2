/** The offer and delivery area of the driver service. */
export { createDeliveryHandlers, OFFER_RADIUS_KM } from './handlers.ts';
export { createDeliveryRepository, type DeliveryRepository } from './repository.ts';
