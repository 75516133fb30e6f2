/** The plan of each service with a bundle in generated/; a new service adds its line here. */
import { corePlan } from './core.ts';
import type { ServicePlan } from './plan.ts';

export const servicePlans: Readonly<Record<string, ServicePlan>> = {
  core: corePlan,
};
