/** Thin handlers of the driver's own profile and location. */
import type { DriverHandlers } from '../../../generated/driver.operations.ts';
import type { DriverProfileRepository } from './repository.ts';
import { toDriverReadResponse } from './transformers.ts';

type ProfileHandlers = Pick<DriverHandlers, 'readDriver' | 'updateDriver' | 'replaceDriverLocation'>;

/** 403 before 404: whether another id exists is not disclosed. */
const notYourProfile = (id: number) => ({
  status: 403 as const,
  body: { message: `you can only use your own profile: driver ${id} is not you` },
});
const notFound = (id: number) => ({ status: 404 as const, body: { message: `driver ${id} not found` } });

export function createProfileHandlers(drivers: DriverProfileRepository): ProfileHandlers {
  return {
    async readDriver({ path, principal }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      const [record, location] = await Promise.all([
        drivers.findById(path.id),
        drivers.findLocation(path.id),
      ]);
      return record ? { status: 200, body: toDriverReadResponse(record, location) } : notFound(path.id);
    },

    async updateDriver({ path, principal, body }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      const found = await drivers.update(path.id, { vehicle: body.vehicle?.trim(), plate: body.plate });
      return found ? { status: 200, body: { message: `driver ${path.id} updated` } } : notFound(path.id);
    },

    async replaceDriverLocation({ path, principal, body }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      if (!(await drivers.exists(path.id))) return notFound(path.id);
      await drivers.saveLocation(path.id, body);
      return { status: 200, body: { message: `location of driver ${path.id} updated` } };
    },
  };
}
