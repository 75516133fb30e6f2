/** The profile area of the user service. */
export { createProfileHandlers } from './handlers.ts';
export { createUserProfileRepository, type UserProfileRepository } from './repository.ts';
