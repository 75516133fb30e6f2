/**
 * The `appToken` security scheme (SG-07): one X-APP-TOKEN per platform, compared in constant
 * time; a missing token is 401.1, another platform's (or any wrong) token is 401.2.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import type { Platform } from '../config.ts';
import { AuthFailure, AuthenticationError } from '../errors.ts';
import type { SecurityHandler } from './contract.ts';

// One-shot hashing: several times cheaper than createHash().update().digest() per request.
const digest = (value: string): Buffer => hash('sha256', value, 'buffer');

export function appTokenHandler(tokens: Readonly<Record<Platform, string>>): SecurityHandler {
  const expected = new Map(Object.entries(tokens).map(([platform, token]) => [platform, digest(token)]));
  // Tokens already found valid, to their platform: almost every request is one hash lookup
  // instead of a SHA-256. Only valid tokens enter (one per platform), so wrong tokens cannot
  // grow it, and they are still refused by comparing digests in constant time.
  const valid = new Map<string, Platform>();
  return ({ request, platform }) => {
    const presented = request.headers['x-app-token'];
    if (typeof presented !== 'string' || presented.length === 0) {
      throw new AuthenticationError(AuthFailure.appTokenMissing, 'X-APP-TOKEN header is missing');
    }
    if (valid.get(presented) === platform) return undefined;
    const wanted = expected.get(platform);
    // Hashing first gives equal lengths, so timingSafeEqual never leaks the token's length.
    if (!wanted || !timingSafeEqual(digest(presented), wanted)) {
      throw new AuthenticationError(
        AuthFailure.appTokenInvalid,
        `X-APP-TOKEN is not valid for platform ${platform}`,
      );
    }
    valid.set(presented, platform);
    return undefined;
  };
}
