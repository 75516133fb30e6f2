/** The profile and location area of the driver service. */
export { createProfileHandlers } from './handlers.ts';
export {
  createDriverProfileRepository,
  DRIVER_LOCATION_KEY,
  type Coordinates,
  type DriverProfileRepository,
} from './repository.ts';
