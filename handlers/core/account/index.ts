/** The account area: registration, accounts and one-time codes. */
export { createAccountHandlers } from './handlers.ts';
export { createAccountRepository, type AccountRepository, type Role } from './repository.ts';
