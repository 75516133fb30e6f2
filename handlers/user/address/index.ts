/** The address area of the user service. */
export { createAddressHandlers } from './handlers.ts';
export { createAddressRepository, type AddressRepository } from './repository.ts';
