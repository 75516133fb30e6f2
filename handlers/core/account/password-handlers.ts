/** Password change (with the current password) and reset (with a one-time code): docs/accounts.md. */
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import type { OtpService, OtpVerdict } from '../../../src/auth/otp.ts';
import { hashPassword, verifyPassword } from '../../../src/auth/passwords.ts';
import type { TokenStore } from '../../../src/auth/tokens.ts';
import { problems } from '../../../src/errors.ts';
import type { AccountRepository } from './repository.ts';

type PasswordHandlers = Pick<CoreHandlers, 'replaceAccountPassword' | 'createPasswordReset'>;

const rejectedCode: Record<Exclude<OtpVerdict, 'ok'>, string> = {
  wrong: 'is wrong',
  expired: 'is not pending for this phone number, or it expired: ask for a new one at /otp',
  locked: 'was wrong too many times: ask for a new code in 15 minutes',
};

export function createPasswordHandlers(
  accounts: AccountRepository,
  otp: OtpService,
  tokens: TokenStore,
): PasswordHandlers {
  return {
    async replaceAccountPassword({ path, principal, body }) {
      if (principal.accountId !== path.id) throw problems.notYourPassword();
      const account = await accounts.findCredentialsById(path.id);
      // Deleted while this request ran: its token is revoked now.
      if (!account) throw problems.tokenRevoked();
      if (!(await verifyPassword(account.passwordHash, body.current_password)))
        throw problems.invalidField('current_password', 'is not the password of this account');
      await accounts.replacePassword(account.id, await hashPassword(body.new_password));
      // Whoever knew the old password may hold tokens: every sign-in ends, this one too.
      await tokens.revokeAccount(account.id);
      return {
        status: 200,
        body: { message: `password of account ${account.id} changed; every sign-in was ended` },
      };
    },

    async createPasswordReset({ body }) {
      // The same code, limits and lock as the OTP grant; unknown numbers never get a code.
      const verdict = await otp.verify(body.phone_number, body.otp);
      if (verdict !== 'ok') throw problems.invalidField('otp', rejectedCode[verdict]);
      const account = await accounts.findByPhone(body.phone_number);
      if (!account) throw problems.invalidField('otp', rejectedCode.expired);
      await accounts.replacePassword(account.id, await hashPassword(body.new_password));
      await tokens.revokeAccount(account.id);
      return {
        status: 201,
        body: { message: `password of ${body.phone_number} reset; every sign-in was ended` },
      };
    },
  };
}
