/**
 * Password hashing with argon2id (@node-rs/argon2). Its defaults are argon2id with
 * m=19456 KiB, t=2, p=1: OWASP's recommended parameters; a test pins them.
 */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified when the phone number is unknown, so that "no such account" and "wrong password"
// take the same time and cannot be told apart.
const decoy = hash('decoy password that matches nothing');

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    await verify(await decoy, password);
    return false;
  }
  return verify(storedHash, password);
}
