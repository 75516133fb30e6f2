/** Account deletion, by its owner or an admin: docs/accounts.md, "Deleting an account". */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import type { TokenStore } from '../../../src/auth/tokens.ts';
import { problems } from '../../../src/errors.ts';
import type { AccountRepository } from './repository.ts';

type DeletionHandlers = Pick<CoreHandlers, 'deleteAccount'>;

export function createDeletionHandlers(
  accounts: AccountRepository,
  tokens: TokenStore,
  forgetDriverLocation: (driverId: number) => Promise<void>,
): DeletionHandlers {
  return {
    async deleteAccount({ path, principal }) {
      if (principal.accountId !== path.id && principal.role !== 'admin') {
        throw problems.notYourAccountToDelete();
      }
      const role = await accounts.delete(path.id);
      // Also when it was gone already: retrying a deletion whose revocation failed finishes it.
      await tokens.revokeAccount(path.id);
      if (role === undefined) throw problems.notFound('account', path.id);
      if (role === 'driver') await forgetDriverLocation(path.id);
      return {
        status: 200,
        body: { message: `account ${path.id} deleted; every sign-in was ended` },
      };
    },
  };
}
