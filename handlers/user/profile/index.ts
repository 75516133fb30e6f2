/** The profile area of the user service. */
export { createProfileHandlers, notYourProfile } from './handlers.ts';
export { createUserProfileRepository, type UserProfileRepository } from './repository.ts';
