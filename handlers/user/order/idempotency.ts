/** What identifies a request for Idempotency-Key: a SHA-256 of its JSON body with keys sorted. */
import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';

/** The same for two bodies that differ only in the order of their keys. */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(stableStringify(body) ?? '')
    .digest('hex');
}
