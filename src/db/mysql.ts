/** The MySQL/MariaDB pool (mysql2), in UTC, with a start-up check that says how to fix a failure. */
import mysql, { type Pool } from 'mysql2/promise';

export type { Pool };

export function createPool(url: string, connectionLimit: number): Pool {
  return mysql.createPool({
    uri: url,
    connectionLimit,
    timezone: 'Z',
    supportBigNumbers: true,
    // DECIMAL arrives as a string and is converted by the transformers (SG-13).
    decimalNumbers: false,
    enableKeepAlive: true,
  });
}

function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 3306}, database '${parsed.pathname.slice(1)}', user '${decodeURIComponent(parsed.username)}'`;
}

/** Fails with a message naming where it looked and how to start or set up MySQL. */
export async function checkDatabase(pool: Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason = error instanceof Error ? error.message : String(error);
    const hint =
      code === 'ECONNREFUSED'
        ? 'Start MariaDB (`sudo start-stop-daemon --start --background --exec /usr/sbin/mariadbd`, or `docker compose up -d mysql`).'
        : code === 'ER_ACCESS_DENIED_ERROR' ||
            code === 'ER_BAD_DB_ERROR' ||
            code === 'ER_DBACCESS_DENIED_ERROR'
          ? 'Create the database and its user with `npm run db:setup`.'
          : 'Check DATABASE_URL.';
    throw new Error(`MySQL is not reachable at ${where(url)} (DATABASE_URL): ${reason}. ${hint}`, {
      cause: error,
    });
  }
}
