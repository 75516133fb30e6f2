/** A handler's context as plain values, for calling a handler with no HTTP server in between. */
import { pino } from 'pino';

const defaults = {
  principal: undefined,
  query: {},
  headers: {},
  cookies: {},
  body: undefined,
  clientAddress: '127.0.0.1',
  requestId: 'handler-unit-test',
  log: pino({ level: 'silent' }),
};

/** The context of handler `H` with the values a test gives, and empty defaults for the rest. */
export function contextOf<H extends (context: never) => unknown>(
  values: Omit<Partial<Parameters<H>[0]>, 'log'>,
): Parameters<H>[0] {
  return { ...defaults, ...values } as unknown as Parameters<H>[0];
}
