/** The plan of each service with a bundle in generated/; a new service adds its line here. */
import { corePlan } from './core.ts';
import { driverPlan } from './driver.ts';
import type { ServicePlan } from './plan.ts';
import { reportPlan } from './report.ts';
import { userPlan } from './user.ts';

export const servicePlans: Readonly<Record<string, ServicePlan>> = {
  core: corePlan,
  driver: driverPlan,
  report: reportPlan,
  user: userPlan,
};
