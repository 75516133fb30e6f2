/**
 * Opaque OAuth 2 tokens in Redis. A token is `at.<expiry>.<random>` (or `rt.` for refresh):
 * the random part carries the secret, the expiry in clear lets an expired token answer 401.5
 * after Redis has dropped it, and tampering with it changes the hash, so it finds nothing.
 * Only SHA-256 hashes are stored. Tokens of one sign-in share a family; reusing a rotated
 * refresh token revokes the family. Each account keeps the set of its families, so that a
 * password change or reset can end every sign-in of the account.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Principal } from '../runtime/handler-types.ts';

export interface TokenGrant extends Principal {
  /** Space-separated scopes; here the account's role. */
  readonly scope: string;
  /** Tokens issued from one sign-in, through every refresh. */
  readonly family: string;
  readonly clientId: string;
}

interface StoredToken extends TokenGrant {
  expiresAt: number;
}

export type AccessLookup =
  { state: 'valid'; grant: TokenGrant } | { state: 'expired' } | { state: 'invalid' };
export type RefreshLookup =
  | { state: 'valid'; grant: TokenGrant; expiresAt: Date }
  | { state: 'rotated'; grant: TokenGrant }
  | { state: 'invalid' };

const hash = (token: string): string => createHash('sha256').update(token).digest('base64url');
const key = {
  access: (digest: string) => `auth:access:${digest}`,
  refresh: (digest: string) => `auth:refresh:${digest}`,
  rotated: (digest: string) => `auth:rotated:${digest}`,
  family: (family: string) => `auth:family:${family}`,
  accountFamilies: (accountId: number) => `auth:account-families:${accountId}`,
};

/** A new token of the given kind that expires at `expiresAt`. */
export function mintToken(kind: 'at' | 'rt', expiresAt: Date): string {
  return `${kind}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}.${randomBytes(32).toString('base64url')}`;
}

/** The expiry a token carries in clear, or undefined when it is not one of ours. */
export function embeddedExpiry(token: string): Date | undefined {
  const match = /^(?:at|rt)\.([0-9a-z]{1,10})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match?.[1] ? new Date(parseInt(match[1], 36) * 1000) : undefined;
}

export const newFamily = (): string => randomUUID();

export interface TokenStore {
  saveAccess(token: string, grant: TokenGrant, expiresAt: Date): Promise<void>;
  saveRefresh(token: string, grant: TokenGrant, expiresAt: Date): Promise<void>;
  findAccess(token: string): Promise<AccessLookup>;
  findRefresh(token: string): Promise<RefreshLookup>;
  /** Marks a refresh token used; false when it already was (a replay, or a concurrent refresh). */
  markRotated(token: string): Promise<boolean>;
  revokeAccess(token: string): Promise<void>;
  revokeFamily(family: string): Promise<void>;
  /** Revokes every family (every sign-in) of an account. */
  revokeAccount(accountId: number): Promise<void>;
}

export function createTokenStore(redis: Redis, refreshTtlSeconds: number): TokenStore {
  async function save(
    kind: 'access' | 'refresh',
    token: string,
    grant: TokenGrant,
    expiresAt: Date,
  ): Promise<void> {
    const digest = hash(token);
    const ttl = Math.max(1, expiresAt.getTime() - Date.now());
    const stored: StoredToken = { ...grant, expiresAt: expiresAt.getTime() };
    await redis
      .multi()
      .set(key[kind](digest), JSON.stringify(stored), 'PX', ttl)
      .sadd(key.family(grant.family), key[kind](digest))
      .expire(key.family(grant.family), refreshTtlSeconds)
      // A family lives at most one refresh lifetime past its latest token: so does the index.
      .sadd(key.accountFamilies(grant.accountId), grant.family)
      .expire(key.accountFamilies(grant.accountId), refreshTtlSeconds)
      .exec();
  }

  async function load(redisKey: string): Promise<StoredToken | undefined> {
    const text = await redis.get(redisKey);
    return text === null ? undefined : (JSON.parse(text) as StoredToken);
  }

  async function revokeFamily(family: string): Promise<void> {
    const members = await redis.smembers(key.family(family));
    await redis.del(key.family(family), ...members);
  }

  const grantOf = ({ expiresAt: _expiresAt, ...grant }: StoredToken): TokenGrant => grant;

  return {
    saveAccess: (token, grant, expiresAt) => save('access', token, grant, expiresAt),
    saveRefresh: (token, grant, expiresAt) => save('refresh', token, grant, expiresAt),

    async findAccess(token) {
      const stored = await load(key.access(hash(token)));
      if (stored && stored.expiresAt > Date.now()) return { state: 'valid', grant: grantOf(stored) };
      const expiry = embeddedExpiry(token);
      return expiry && expiry.getTime() <= Date.now() ? { state: 'expired' } : { state: 'invalid' };
    },

    async findRefresh(token) {
      const digest = hash(token);
      const [stored, rotated] = await Promise.all([
        load(key.refresh(digest)),
        redis.exists(key.rotated(digest)),
      ]);
      if (!stored || stored.expiresAt <= Date.now()) return { state: 'invalid' };
      if (rotated === 1) return { state: 'rotated', grant: grantOf(stored) };
      return { state: 'valid', grant: grantOf(stored), expiresAt: new Date(stored.expiresAt) };
    },

    async markRotated(token) {
      // SET NX is atomic: of two concurrent refreshes with one token, exactly one wins.
      const marked = await redis.set(key.rotated(hash(token)), '1', 'EX', refreshTtlSeconds, 'NX');
      return marked === 'OK';
    },

    async revokeAccess(token) {
      await redis.del(key.access(hash(token)));
    },

    revokeFamily,

    async revokeAccount(accountId) {
      const families = await redis.smembers(key.accountFamilies(accountId));
      for (const family of families) await revokeFamily(family);
      // SREM, not DEL: a sign-in that started meanwhile (with the new password) stays listed.
      if (families.length > 0) await redis.srem(key.accountFamilies(accountId), ...families);
    },
  };
}
