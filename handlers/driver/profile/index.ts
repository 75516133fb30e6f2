/** The profile and location area of the driver service. */
export { createProfileHandlers } from './handlers.ts';
export {
  createDriverProfileRepository,
  type Coordinates,
  type DriverLocation,
  type DriverProfileRepository,
} from './repository.ts';
