/**
 * The MySQL/MariaDB pool (mysql2), in UTC, with a start-up check that says how to fix a failure.
 *
 * Every wait is bounded (connect, pool acquire, each statement) and a breaker makes calls fail
 * at once while the server is down; the pool returned translates those failures into
 * DependencyUnavailableError (503) here, at the edge, so the runtime never reads driver errors.
 */
import mysql, { type Pool, type PoolConnection, type QueryOptions } from 'mysql2/promise';
import {
  createDependencyBreaker,
  defaultBreakerSettings,
  type BreakerSettings,
  type DependencyBreaker,
} from './breaker.ts';
import { DependencyUnavailableError } from '../errors.ts';

export type { Pool };

export interface DatabaseResilience {
  connectTimeoutMs: number;
  acquireTimeoutMs: number;
  queryTimeoutMs: number;
  queueLimit: number;
  breaker: Readonly<BreakerSettings>;
}

/** The defaults of src/config.ts, for scripts that build a pool without a Config. */
export const defaultDatabaseResilience: Readonly<DatabaseResilience> = {
  connectTimeoutMs: 400,
  acquireTimeoutMs: 400,
  queryTimeoutMs: 500,
  queueLimit: 100,
  breaker: defaultBreakerSettings,
};

const ACQUIRE_TIMEOUT = 'ACQUIRE_TIMEOUT';

/** Network and server-side failures: the database, not the statement, is at fault. */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  ACQUIRE_TIMEOUT,
]);
/** mysql2's pool errors carry no code, only these messages. */
const POOL_OUTAGE_MESSAGES = new Set(['Queue limit reached.', 'Pool is closed.']);

export function isDatabaseOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, fatal } = error as Error & { code?: unknown; fatal?: unknown };
  // mysql2 marks every error that broke the connection fatal (a duplicate key is not).
  return (
    (typeof code === 'string' && OUTAGE_CODES.has(code)) ||
    fatal === true ||
    POOL_OUTAGE_MESSAGES.has(error.message)
  );
}

type Statement = string | QueryOptions;
type Run = (statement: Statement, values?: unknown) => Promise<unknown>;

/** Marks the statement text `batch()` joined: the only one allowed to hold several statements. */
const BATCH = Symbol('batch');

/**
 * The pool speaks multi-statement (for `batch()`), so a `;` smuggled into SQL text could run a
 * statement of its own: outside `batch()`, SQL with a `;` is refused before it is sent. Values
 * are escaped by the driver and never reach this check; SQL built with an interpolated string
 * that holds one does.
 */
function assertOneStatement(statement: Statement): void {
  const sql = typeof statement === 'string' ? statement : statement.sql;
  if (sql.includes(';') && !(typeof statement === 'object' && BATCH in statement)) {
    throw new Error(
      `one SQL statement expected, without ';' (use batch() for several): ${sql.slice(0, 200)}`,
    );
  }
}

function withTimeout(statement: Statement, timeout: number): QueryOptions {
  return typeof statement === 'string' ? { sql: statement, timeout } : { timeout, ...statement };
}

/** A pooled connection whose statements are bounded and whose outages answer 503. */
function guardConnection(
  connection: PoolConnection,
  guard: DependencyBreaker,
  queryTimeoutMs: number,
): PoolConnection {
  const translated =
    <A extends unknown[]>(method: (...args: A) => Promise<unknown>) =>
    async (...args: A): Promise<unknown> => {
      try {
        return await method(...args);
      } catch (error) {
        // A statement that timed out may still be running: this connection is not reusable.
        if ((error as { code?: unknown }).code === 'PROTOCOL_SEQUENCE_TIMEOUT') connection.destroy();
        throw isDatabaseOutage(error) ? guard.unavailable(error) : error;
      }
    };
  const statement =
    (name: 'query' | 'execute'): Run =>
    (sql, values) => {
      assertOneStatement(sql);
      return (connection[name] as Run).call(connection, withTimeout(sql, queryTimeoutMs), values);
    };
  const overrides: Record<string, unknown> = {
    query: translated(statement('query')),
    execute: translated(statement('execute')),
    beginTransaction: translated(() => connection.beginTransaction()),
    commit: translated(() => connection.commit()),
    rollback: translated(() => connection.rollback()),
  };
  return new Proxy(connection, {
    get(target, property) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** One statement of a batch, with the values of its `?` placeholders. */
export interface SqlStatement {
  sql: string;
  values?: readonly unknown[];
}

/**
 * Sends several statements in one round trip and returns their results in order (each a
 * ResultSetHeader or rows). Statements run one after the other; the first that fails rejects
 * the batch and the rest are not run, so a transaction it began is still open and the caller
 * rolls it back. Within the one statement timeout of the connection.
 */
export async function batch<Results extends unknown[]>(
  connection: PoolConnection,
  statements: readonly SqlStatement[],
): Promise<Results> {
  for (const { sql } of statements) assertOneStatement(sql);
  const options = { sql: statements.map(({ sql }) => sql).join(';\n'), [BATCH]: true } as QueryOptions;
  const [results] = await connection.query(
    options,
    statements.flatMap(({ values }) => values ?? []),
  );
  // mysql2 answers one statement's result alone, several as an array of them.
  return (statements.length === 1 ? [results] : results) as Results;
}

export function createPool(
  url: string,
  connectionLimit: number,
  resilience: Readonly<DatabaseResilience> = defaultDatabaseResilience,
): Pool {
  const pool = mysql.createPool({
    uri: url,
    connectionLimit,
    timezone: 'Z',
    supportBigNumbers: true,
    // DECIMAL arrives as a string and is converted by the transformers (SG-13).
    decimalNumbers: false,
    enableKeepAlive: true,
    // mysql2 captures a stack trace per statement to give query errors their caller's frames:
    // 4% of an order's server CPU (7 statements). Query errors keep mysql2's own stack, their
    // code and SQL state, and the breaker and constraint names are read from those.
    trace: false,
    // For batch(): an order is placed in two round trips, not six (docs/performance.md).
    multipleStatements: true,
    connectTimeout: resilience.connectTimeoutMs,
    queueLimit: resilience.queueLimit,
  });
  const guard = createDependencyBreaker('database', resilience.breaker, isDatabaseOutage);

  /** A connection within acquireTimeoutMs; one that arrives later goes straight back. */
  async function acquire(): Promise<PoolConnection> {
    const pending = pool.getConnection();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(
          Object.assign(new Error(`no database connection within ${resilience.acquireTimeoutMs} ms`), {
            code: ACQUIRE_TIMEOUT,
          }),
        );
      }, resilience.acquireTimeoutMs);
    });
    try {
      return await Promise.race([pending, timedOut]);
    } catch (error) {
      pending.then(
        (late) => late.release(),
        () => undefined,
      );
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  const onePooled =
    (name: 'query' | 'execute'): Run =>
    (sql, values) =>
      guard.run(async () => {
        const connection = guardConnection(await acquire(), guard, resilience.queryTimeoutMs);
        try {
          return await (connection[name] as Run)(sql, values);
        } finally {
          connection.release();
        }
      });
  const overrides: Record<string, unknown> = {
    query: onePooled('query'),
    execute: onePooled('execute'),
    getConnection: () =>
      guard.run(async () => guardConnection(await acquire(), guard, resilience.queryTimeoutMs)),
  };
  return new Proxy(pool, {
    get(target, property) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
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
  } catch (thrown) {
    // The driver's own error, under the 503 it was translated into.
    const error = thrown instanceof DependencyUnavailableError ? thrown.cause : thrown;
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
      cause: thrown,
    });
  }
}
