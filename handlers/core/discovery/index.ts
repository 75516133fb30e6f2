/** The discovery area of the core service. */
export { createDiscoveryHandlers } from './handlers.ts';
