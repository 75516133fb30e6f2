/** The account area: registration, accounts, one-time codes, password change and reset, deletion. */
export { createAccountHandlers } from './handlers.ts';
export { createDeletionHandlers } from './deletion-handlers.ts';
export { createPasswordHandlers } from './password-handlers.ts';
export { createAccountRepository, type AccountRepository, type Role } from './repository.ts';
