/**
 * Stage 1: the security the spec declares for the request's platform (mount.ts selected it).
 * Alternatives (OR) of schemes that must all pass (AND); within one requirement the schemes run
 * in the order of the security handlers, so the app token (401.1/401.2) is checked before the
 * access token (401.3-401.5) and CSRF (401.6).
 */
import type { Request, Response } from 'express';
import type { Platform } from '../../config.ts';
import type { Principal } from '../handler-types.ts';
import type { MountedOperation } from './mount.ts';

/** What a security handler is told about the request it checks. */
export interface SecurityCheck {
  request: Request;
  response: Response;
  platform: Platform;
  /** Scopes the operation's requirement lists for this scheme (all are needed). */
  scopes: readonly string[];
}

/**
 * Checks one security scheme of the spec: throws an AuthenticationError (401) or a
 * ForbiddenError (403) when it fails; an access-token scheme returns the caller.
 */
export type SecurityHandler = (
  check: SecurityCheck,
) => Principal | undefined | Promise<Principal | undefined>;

export type SecurityHandlers = Readonly<Record<string, SecurityHandler>>;

export async function authenticate(
  mounted: MountedOperation,
  request: Request,
  response: Response,
  platform: Platform,
  handlers: SecurityHandlers,
): Promise<Principal | undefined> {
  const requirements = mounted.securityByPlatform[platform] ?? [];
  if (requirements.length === 0) return undefined;
  let firstFailure: unknown;
  for (const requirement of requirements) {
    try {
      let principal: Principal | undefined;
      for (const { scheme, scopes } of requirement) {
        // Most checks answer at once (the app token): no await, and no microtask, for those.
        const checked = handlers[scheme]?.({ request, response, platform, scopes });
        principal = (checked instanceof Promise ? await checked : checked) ?? principal;
      }
      return principal;
    } catch (error) {
      firstFailure ??= error;
    }
  }
  throw firstFailure;
}
