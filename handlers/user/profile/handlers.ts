/** Thin handlers of the user's own profile. */
import type { UserHandlers } from '../../../generated/user.operations.ts';
import { problems } from '../../../src/errors.ts';
import type { UserProfileRepository } from './repository.ts';
import { toUserReadResponse } from './transformers.ts';

type ProfileHandlers = Pick<UserHandlers, 'readUser' | 'updateUser'>;

/** 403 before 404: whether another id exists is not disclosed. */
export function assertOwnProfile(id: number, principal: { accountId: number }): void {
  if (id !== principal.accountId) throw problems.notYourProfile('user', id);
}

export function createProfileHandlers(profiles: UserProfileRepository): ProfileHandlers {
  return {
    async readUser({ path, principal }) {
      assertOwnProfile(path.id, principal);
      const record = await profiles.findById(path.id);
      if (!record) throw problems.notFound('user', path.id);
      return { status: 200, body: toUserReadResponse(record) };
    },

    async updateUser({ path, principal, body }) {
      assertOwnProfile(path.id, principal);
      if (!(await profiles.setDisplayName(path.id, body.display_name.trim()))) {
        throw problems.notFound('user', path.id);
      }
      return { status: 200, body: { message: `user ${path.id} updated` } };
    },
  };
}
