/**
 * The process logger: pino JSON lines, every line of a request carrying its `request_id`,
 * secrets redacted wherever a line might hold them (headers, OAuth and sign-in bodies), and
 * pino-pretty in development when LOG_PRETTY=true.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.ts';
import { requestIdMixin } from './request-id.ts';

/** Field names that hold a secret, at the top of a line's object or one level down. */
const SECRET_FIELDS = [
  'password',
  'otp',
  'code',
  'token',
  'access_token',
  'refresh_token',
  'client_secret',
  'authorization',
  'cookie',
];

const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-app-token"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
];

export function createLogger(
  config: Pick<Config, 'logLevel' | 'logPretty'>,
  destination?: DestinationStream,
): Logger {
  const options = { level: config.logLevel, redact: REDACTED_PATHS, mixin: requestIdMixin };
  if (destination) return pino(options, destination);
  if (config.logPretty) return pino({ ...options, transport: { target: 'pino-pretty' } });
  return pino(options);
}
