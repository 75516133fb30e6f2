/**
 * `batch()` of src/db/mysql.ts against a real MariaDB: several statements in one round trip,
 * results in order, a failing statement stops the rest; and, because the pool speaks
 * multi-statement, SQL text with a `;` is refused everywhere else before it is sent.
 */
import type { Socket } from 'node:net';
import type { PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, createPool, type Pool } from '../../src/db/mysql.ts';
import { testEnvironment } from '../support/env.ts';
import { writesDuring } from '../support/socket-writes.ts';

const table = `batch_test_${process.pid}`;
let pool: Pool;

beforeAll(async () => {
  pool = createPool(String(testEnvironment.DATABASE_URL), 2);
  await pool.query(`DROP TABLE IF EXISTS ${table}`);
  await pool.query(`CREATE TABLE ${table} (id INT PRIMARY KEY, note VARCHAR(200) NOT NULL) ENGINE = InnoDB`);
});
afterAll(async () => {
  await pool.query(`DROP TABLE IF EXISTS ${table}`);
  await pool.end();
});

async function notes(): Promise<{ id: number; note: string }[]> {
  const [rows] = await pool.query<RowDataPacket[]>(`SELECT id, note FROM ${table} ORDER BY id`);
  return rows.map((row) => ({ id: Number(row.id), note: String(row.note) }));
}

async function withConnection<T>(work: (connection: PoolConnection) => Promise<T>): Promise<T> {
  const connection = await pool.getConnection();
  try {
    return await work(connection);
  } finally {
    connection.release();
  }
}

/** The socket writes to MariaDB made while `work` runs on `connection`. */
const connectionWritesDuring = (connection: PoolConnection, work: () => Promise<unknown>): Promise<number> =>
  writesDuring((connection.connection as unknown as { stream: Socket }).stream, work);

describe('when statements are sent as a batch', () => {
  it('then they leave in one write and each answers in order', async () => {
    await pool.query(`DELETE FROM ${table}`);
    type Results = [ResultSetHeader, ResultSetHeader, RowDataPacket[], ResultSetHeader];
    let results: Results | undefined;
    const writes = await withConnection((connection) =>
      connectionWritesDuring(connection, async () => {
        results = await batch<Results>(connection, [
          { sql: 'START TRANSACTION' },
          { sql: `INSERT INTO ${table} (id, note) VALUES (?, ?), (?, ?)`, values: [1, 'one', 2, 'two'] },
          { sql: `SELECT note FROM ${table} WHERE id IN (?) ORDER BY id`, values: [[1, 2]] },
          { sql: 'COMMIT' },
        ]);
      }),
    );
    expect(writes).toBe(1);
    expect(results?.[1].affectedRows).toBe(2);
    expect(results?.[2].map((row) => String(row.note))).toEqual(['one', 'two']);
    expect(await notes()).toEqual([
      { id: 1, note: 'one' },
      { id: 2, note: 'two' },
    ]);
  });

  it('then one statement alone answers as a batch of one', async () => {
    const [rows] = await withConnection((connection) =>
      batch<[RowDataPacket[]]>(connection, [{ sql: 'SELECT ? AS answer', values: [42] }]),
    );
    expect(rows).toEqual([{ answer: 42 }]);
  });

  it('then a failing statement rejects the batch and the statements after it never run', async () => {
    await pool.query(`DELETE FROM ${table}`);
    const seen = await withConnection(async (connection) => {
      const failure = await batch(connection, [
        { sql: 'START TRANSACTION' },
        { sql: `INSERT INTO ${table} (id, note) VALUES (1, 'first')` },
        { sql: `INSERT INTO ${table} (id, note) VALUES (1, 'duplicate')` },
        { sql: `INSERT INTO ${table} (id, note) VALUES (2, 'never')` },
        { sql: 'COMMIT' },
      ]).catch((error: unknown) => error);
      expect((failure as { code?: string }).code).toBe('ER_DUP_ENTRY');
      // The transaction is still open on this connection: the first insert only.
      const [rows] = await connection.query<RowDataPacket[]>(`SELECT id FROM ${table} ORDER BY id`);
      await connection.rollback();
      return rows.map((row) => Number(row.id));
    });
    expect(seen).toEqual([1]);
    expect(await notes()).toEqual([]);
  });

  it('then a value with quotes and semicolons is stored as text, not run', async () => {
    await pool.query(`DELETE FROM ${table}`);
    const hostile = `x'); DROP TABLE ${table}; -- \\'; SELECT 1`;
    await withConnection((connection) =>
      batch(connection, [
        { sql: `INSERT INTO ${table} (id, note) VALUES (?, ?)`, values: [1, hostile] },
        { sql: `INSERT INTO ${table} (id, note) VALUES (?, ?)`, values: [2, hostile] },
      ]),
    );
    expect(await notes()).toEqual([
      { id: 1, note: hostile },
      { id: 2, note: hostile },
    ]);
  });
});

describe('when SQL text outside a batch holds a ";"', () => {
  const twoStatements = () => `SELECT 1; DROP TABLE ${table}`;

  it('then the pool refuses it before it is sent, for query and execute', async () => {
    await expect(pool.query(twoStatements())).rejects.toThrow(/one SQL statement expected/);
    await expect(pool.execute(twoStatements())).rejects.toThrow(/one SQL statement expected/);
    await expect(pool.query({ sql: twoStatements() })).rejects.toThrow(/one SQL statement expected/);
    expect(await notes()).toBeInstanceOf(Array);
  });

  it('then a connection refuses it too', async () => {
    await withConnection(async (connection) => {
      await expect(connection.query(twoStatements())).rejects.toThrow(/one SQL statement expected/);
      await expect(connection.execute(twoStatements())).rejects.toThrow(/one SQL statement expected/);
    });
    expect(await notes()).toBeInstanceOf(Array);
  });

  it('then a batch refuses a statement that holds one, and sends none of the batch', async () => {
    await pool.query(`DELETE FROM ${table}`);
    await withConnection(async (connection) => {
      const writes = await connectionWritesDuring(connection, () =>
        expect(
          batch(connection, [
            { sql: `INSERT INTO ${table} (id, note) VALUES (1, 'sent?')` },
            { sql: twoStatements() },
          ]),
        ).rejects.toThrow(/one SQL statement expected/),
      );
      expect(writes).toBe(0);
    });
    expect(await notes()).toEqual([]);
  });
});
