/** What the write scenarios share: one window's line, its statuses checked, and the CPU around it. */
import type { BenchContext } from '../context.ts';
import { ms } from '../format.ts';
import { showStatuses, type Window } from '../load.ts';

/** The figure line of a write or auth window; non-2xx responses are problems. */
export function reportWindow(context: BenchContext, name: string, window: Window): string {
  const line =
    `${name}: ${Math.round(window.requestsPerSecond)} req/s, p50 ${ms(window.p50)} ms, p99 ${ms(window.p99)} ms, ` +
    `${window.cpuMicrosPerRequest.toFixed(0)} µs server CPU/req, errors ${window.non2xx + window.errors} ` +
    `(non-2xx ${window.non2xx}, connection ${window.errors}) [${showStatuses(window)}]` +
    (window.exhausted ? ' (prepared data ran out: window cut short)' : '');
  console.log(line);
  context.figures.push(line);
  if (window.non2xx > 0 || window.errors > 0)
    context.problems.push(`${name}: ${window.non2xx} non-2xx, ${window.errors} connection errors`);
  return line;
}

export const settingsOf = (context: BenchContext, seconds: number) => ({
  connections: context.options.connections,
  seconds,
  appToken: context.appToken,
});
