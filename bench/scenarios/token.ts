/** Token issue: the password grant (argon2 verification on every request: expect low req/s). */
import { ensureAccounts } from '../accounts.ts';
import type { BenchContext } from '../context.ts';
import { step } from '../format.ts';
import { measureWindow } from '../load.ts';
import type { ServerChild } from '../server-process.ts';
import { reportWindow, settingsOf } from './writes.ts';

const TOKEN_CONNECTIONS = 8;

export async function runToken(context: BenchContext, child: ServerChild): Promise<void> {
  const { options } = context;
  step(`token issue: POST /api/android/v1/oauth/token (password grant), ${TOKEN_CONNECTIONS} connections`);
  const accounts = await ensureAccounts(context.pool, 'user', Math.min(options.connections, 20));
  let nextAccount = 0;
  const bodies = accounts.map((account) =>
    new URLSearchParams({
      grant_type: 'password',
      username: account.phoneNumber,
      password: account.password,
    }).toString(),
  );
  const next = () => ({
    method: 'POST' as const,
    path: '/api/android/v1/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: bodies[nextAccount++ % bodies.length],
  });
  if (options.warmup > 0)
    await measureWindow(child, next, {
      ...settingsOf(context, Math.min(options.warmup, 2)),
      connections: TOKEN_CONNECTIONS,
    });
  // Few connections: with 50, most requests wait in argon2's queue, and the CPU of the
  // requests still in flight at the end would be charged to the few that finished.
  const settings = {
    ...settingsOf(context, options.duration),
    connections: Math.min(options.connections, TOKEN_CONNECTIONS),
  };
  reportWindow(context, 'token issue', await measureWindow(child, next, settings));
}
