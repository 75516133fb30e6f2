/** Accounts and tokens for tests, through the real token endpoint (admins are made in SQL, as operators do). */
import { randomInt } from 'node:crypto';
import type { ResultSetHeader } from 'mysql2/promise';
import { hashPassword } from '../../src/auth/passwords.ts';
import type { RunningServer } from '../../src/server.ts';
import { appTokens } from './env.ts';

export type Role = 'user' | 'driver' | 'admin';
export type Platform = 'android' | 'ios' | 'web';

export interface TestAccount {
  id: number;
  phoneNumber: string;
  password: string;
  role: Role;
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

/** A fresh, unused Indonesian mobile number. */
export function phoneNumber(): string {
  return `+628${String(randomInt(10 ** 9, 10 ** 10))}`;
}

/** An account with a verified phone, created directly in the database. */
export async function createAccount(server: RunningServer, role: Role = 'user'): Promise<TestAccount> {
  const account = { phoneNumber: phoneNumber(), password: `pw-${randomInt(1e9)}-secret`, role };
  const [result] = await server.pool.execute<ResultSetHeader>(
    'INSERT INTO account (phone_number, password_hash, role, phone_verified_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP(3))',
    [account.phoneNumber, await hashPassword(account.password), role],
  );
  return { id: result.insertId, ...account };
}

/** The password grant on the real token endpoint, form-encoded as RFC 6749 requires. */
export async function signIn(
  server: RunningServer,
  account: TestAccount,
  platform: Platform = 'android',
): Promise<Tokens> {
  const response = await fetch(`${server.url}/api/${platform}/v1/oauth/token`, {
    method: 'POST',
    headers: { 'x-app-token': appTokens[platform], 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      username: account.phoneNumber,
      password: account.password,
    }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Tokens;
}
