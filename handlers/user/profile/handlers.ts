/** Thin handlers of the user's own profile. */
import type { UserHandlers } from '../../../generated/user.operations.ts';
import { assertOwnProfile, ownAccountGone } from '../../shared/own-profile.ts';
import type { UserProfileRepository } from './repository.ts';
import { toUserReadResponse } from './transformers.ts';

type ProfileHandlers = Pick<UserHandlers, 'readUser' | 'updateUser'>;

export function createProfileHandlers(profiles: UserProfileRepository): ProfileHandlers {
  return {
    async readUser({ path, principal }) {
      assertOwnProfile('user', path.id, principal);
      const record = await profiles.findById(path.id);
      if (!record) throw ownAccountGone();
      return { status: 200, body: toUserReadResponse(record) };
    },

    async updateUser({ path, principal, body }) {
      assertOwnProfile('user', path.id, principal);
      if (!(await profiles.setDisplayName(path.id, body.display_name.trim()))) {
        throw ownAccountGone();
      }
      return { status: 200, body: { message: `user ${path.id} updated` } };
    },
  };
}
