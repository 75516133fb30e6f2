/**
 * Puts the authenticated account id on `response.locals.principal`, so the request log line
 * can name who made the request, by wrapping the security handlers the runtime calls.
 */
import type { SecurityHandler } from '../runtime/contract.ts';

export function recordingPrincipal(
  handlers: Readonly<Record<string, SecurityHandler>>,
): Record<string, SecurityHandler> {
  return Object.fromEntries(
    Object.entries(handlers).map(([scheme, handler]) => [
      scheme,
      async (check: Parameters<SecurityHandler>[0]) => {
        const principal = await handler(check);
        if (principal) check.response.locals.principal = principal.accountId;
        return principal;
      },
    ]),
  );
}
