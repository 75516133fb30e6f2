/** Registration (an unverified number is superseded), reading an account, and one-time codes. */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import { hashPassword } from '../../../src/auth/passwords.ts';
import type { OtpService } from '../../../src/auth/otp.ts';
import { problems } from '../../../src/errors.ts';
import type { AccountRepository } from './repository.ts';
import { toAccountReadResponse } from './transformers.ts';

type AccountHandlers = Pick<CoreHandlers, 'createAccount' | 'readAccount' | 'createOtp'>;

export function createAccountHandlers(accounts: AccountRepository, otp: OtpService): AccountHandlers {
  return {
    async createAccount({ body, path, clientAddress }) {
      // Limits first: a 429 must leave nothing behind, so that retrying later can succeed.
      await otp.admit(body.phone_number, clientAddress);
      // An unverified number is taken over by the newest registration (docs/accounts.md).
      const registration = await accounts.register(
        body.phone_number,
        await hashPassword(body.password),
        body.role ?? 'user',
      );
      if (registration === undefined)
        throw problems.conflict(`phone number ${body.phone_number} is already registered`);
      try {
        await otp.issue(body.phone_number);
      } catch (error) {
        // No code went out: leave nothing behind, so that the same call can simply be retried.
        await accounts.undoRegistration(registration);
        await otp.giveBack(body.phone_number, clientAddress);
        throw error;
      }
      return {
        status: 201,
        body: {
          message: `account ${registration.id} created; a verification code was sent to ${body.phone_number}`,
        },
        headers: { Location: `/api/${path.platform}/v1/account/${registration.id}` },
      };
    },

    async readAccount({ path, principal }) {
      // Your own account, or any as admin (403 before 404: ids of others are not disclosed).
      if (principal.accountId !== path.id && principal.role !== 'admin') throw problems.notYourAccount();
      const account = await accounts.findById(path.id);
      // Your own account gone: deleted while this request ran, so its token is revoked now.
      if (!account)
        throw path.id === principal.accountId
          ? problems.tokenRevoked()
          : problems.notFound('account', path.id);
      return { status: 200, body: toAccountReadResponse(account) };
    },

    async createOtp({ body, clientAddress }) {
      await otp.admit(body.phone_number, clientAddress);
      // Unknown numbers get the same answer, and no code: the endpoint cannot find accounts.
      if ((await accounts.findByPhone(body.phone_number)) !== undefined) {
        await otp.issue(body.phone_number).catch(async (error: unknown) => {
          await otp.giveBack(body.phone_number, clientAddress);
          throw error;
        });
      }
      return {
        status: 201,
        body: { message: `if ${body.phone_number} is registered, a code was sent to it` },
      };
    },
  };
}
