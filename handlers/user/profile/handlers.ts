/** Thin handlers of the user's own profile. */
import type { UserHandlers } from '../../../generated/user.operations.ts';
import type { UserProfileRepository } from './repository.ts';
import { toUserReadResponse } from './transformers.ts';

type ProfileHandlers = Pick<UserHandlers, 'readUser' | 'updateUser'>;

/** 403 before 404: whether another id exists is not disclosed. */
export const notYourProfile = (id: number) => ({
  status: 403 as const,
  body: { message: `you can only use your own profile: user ${id} is not you` },
});
const notFound = (id: number) => ({ status: 404 as const, body: { message: `user ${id} not found` } });

export function createProfileHandlers(profiles: UserProfileRepository): ProfileHandlers {
  return {
    async readUser({ path, principal }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      const record = await profiles.findById(path.id);
      return record ? { status: 200, body: toUserReadResponse(record) } : notFound(path.id);
    },

    async updateUser({ path, principal, body }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      const found = await profiles.setDisplayName(path.id, body.display_name.trim());
      return found ? { status: 200, body: { message: `user ${path.id} updated` } } : notFound(path.id);
    },
  };
}
