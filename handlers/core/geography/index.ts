/** The geography area: countries and their cities, for the core service. */
export { createGeographyHandlers } from './handlers.ts';
export { createGeographyRepository, type GeographyRepository } from './repository.ts';
