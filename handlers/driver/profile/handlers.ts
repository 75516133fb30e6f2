/** Thin handlers of the driver's own profile and location. */
import type { DriverHandlers } from '../../../generated/driver.operations.ts';
import { assertOwnProfile, ownAccountGone } from '../../shared/own-profile.ts';
import type { DriverProfileRepository } from './repository.ts';
import { toDriverReadResponse } from './transformers.ts';

type ProfileHandlers = Pick<DriverHandlers, 'readDriver' | 'updateDriver' | 'replaceDriverLocation'>;

export function createProfileHandlers(drivers: DriverProfileRepository): ProfileHandlers {
  return {
    async readDriver({ path, principal }) {
      assertOwnProfile('driver', path.id, principal);
      const [record, location] = await Promise.all([
        drivers.findById(path.id),
        drivers.findLocation(path.id),
      ]);
      if (!record) throw ownAccountGone();
      return { status: 200, body: toDriverReadResponse(record, location) };
    },

    async updateDriver({ path, principal, body }) {
      assertOwnProfile('driver', path.id, principal);
      const found = await drivers.update(path.id, { vehicle: body.vehicle?.trim(), plate: body.plate });
      if (!found) throw ownAccountGone();
      return { status: 200, body: { message: `driver ${path.id} updated` } };
    },

    async replaceDriverLocation({ path, principal, body }) {
      assertOwnProfile('driver', path.id, principal);
      if (!(await drivers.exists(path.id))) throw ownAccountGone();
      await drivers.saveLocation(path.id, body);
      return { status: 200, body: { message: `location of driver ${path.id} updated` } };
    },
  };
}
