/**
 * Password hashing with argon2id (@node-rs/argon2). Its defaults are argon2id with
 * m=19456 KiB, t=2, p=1: OWASP's recommended parameters; a test pins them.
 *
 * The native module and the decoy hash (~30 ms of a pool thread) are made on first use or
 * right after the server listens (src/deferred.ts), not before it is ready.
 */
import { deferred } from '../deferred.ts';

const argon2 = deferred(() => import('@node-rs/argon2'));

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password);
}

// Verified when the phone number is unknown, so that "no such account" and "wrong password"
// take the same time and cannot be told apart.
const decoy = deferred(async () => (await argon2()).hash('decoy password that matches nothing'));

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  const { verify } = await argon2();
  if (storedHash === undefined) {
    await verify(await decoy(), password);
    return false;
  }
  return verify(storedHash, password);
}
