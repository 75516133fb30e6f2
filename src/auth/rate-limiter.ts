/**
 * rate-limiter-flexible, loaded on first use (src/deferred.ts): no request before readiness
 * needs a limiter, and the package is ~16 ms of every start (it loads every store it has).
 */
import { deferred } from '../deferred.ts';

export const rateLimiterFlexible = deferred(() => import('rate-limiter-flexible'));
