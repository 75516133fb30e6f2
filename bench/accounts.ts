/**
 * The bench's accounts: fixed phone numbers per role, created once in SQL (as operators and the
 * tests do) and reused by later runs; tokens come from the real token endpoint (password grant).
 */
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { hashPassword } from '../src/auth/passwords.ts';
import type { Pool } from '../src/db/mysql.ts';

export type Role = 'user' | 'driver';

export interface BenchAccount {
  id: number;
  phoneNumber: string;
  password: string;
}

export const BENCH_PASSWORD = 'bench-password-not-a-secret';
const ROLE_DIGIT: Record<Role, string> = { user: '1', driver: '2' };

/** Accounts number `first` .. `first + count - 1` of the role (fixed phone numbers). */
export async function ensureAccounts(
  pool: Pool,
  role: Role,
  count: number,
  first = 0,
): Promise<BenchAccount[]> {
  const phones = Array.from(
    { length: count },
    (_, i) => `+62899${ROLE_DIGIT[role]}${String(first + i).padStart(6, '0')}`,
  );
  const [existing] = await pool.query<RowDataPacket[]>(
    'SELECT id, phone_number FROM account WHERE phone_number IN (?)',
    [phones],
  );
  if (existing.length < count) {
    // One argon2 hash for all of them: the password is the same.
    const hash = await hashPassword(BENCH_PASSWORD);
    await pool.query(
      'INSERT IGNORE INTO account (phone_number, password_hash, role, phone_verified_at) VALUES ?',
      [phones.map((phone) => [phone, hash, role, new Date()])],
    );
  }
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT id, phone_number FROM account WHERE phone_number IN (?) ORDER BY phone_number',
    [phones],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    phoneNumber: String(row.phone_number),
    password: BENCH_PASSWORD,
  }));
}

/** The password grant on the real token endpoint; the access token. */
export async function signIn(baseUrl: string, appToken: string, account: BenchAccount): Promise<string> {
  const response = await fetch(`${baseUrl}/api/android/v1/oauth/token`, {
    method: 'POST',
    headers: { 'x-app-token': appToken, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      username: account.phoneNumber,
      password: account.password,
    }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${account.phoneNumber}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface Place {
  lat: number;
  lng: number;
}

/** `count` live saved addresses of the user at the place (reused when present); their ids. */
export async function ensureAddresses(
  pool: Pool,
  userId: number,
  place: Place,
  count: number,
): Promise<number[]> {
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT id FROM address WHERE user_id = ? AND deleted_at IS NULL ORDER BY id LIMIT ?',
    [userId, count],
  );
  const ids = rows.map((row) => Number(row.id));
  const [[city]] = await pool.query<RowDataPacket[]>('SELECT MIN(id) AS id FROM city');
  while (ids.length < count) {
    const [result] = await pool.query<ResultSetHeader>(
      'INSERT INTO address (user_id, label, street, city_id, lat, lng) VALUES (?, ?, ?, ?, ?, ?)',
      [userId, `Bench ${ids.length + 1}`, 'Jl. Bench Raya No. 1', Number(city?.id), place.lat, place.lng],
    );
    ids.push(result.insertId);
  }
  return ids;
}
