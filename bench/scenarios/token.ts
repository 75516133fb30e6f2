/** Token issue: the password grant (argon2 verification on every request: expect low req/s). */
import { ensureAccounts } from '../accounts.ts';
import type { BenchContext } from '../context.ts';
import { step } from '../format.ts';
import { measureWindow } from '../load.ts';
import type { ServerChild } from '../server-process.ts';
import { reportWindow, settingsOf } from './writes.ts';

export async function runToken(context: BenchContext, child: ServerChild): Promise<void> {
  const { options } = context;
  step('token issue: POST /api/android/v1/oauth/token (password grant)');
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
  if (options.warmup > 0) await measureWindow(child, next, settingsOf(context, Math.min(options.warmup, 2)));
  reportWindow(
    context,
    'token issue',
    await measureWindow(child, next, settingsOf(context, options.duration)),
  );
}
