/**
 * MariaDB's own counters around a window (SHOW GLOBAL STATUS needs no privilege): row lock
 * waits and their time, and fsyncs (MariaDB counts the redo log's there), to say what bounds a write path.
 */
import type { RowDataPacket } from 'mysql2/promise';
import type { Pool } from '../src/db/mysql.ts';

const COUNTERS = [
  'Innodb_row_lock_waits',
  'Innodb_row_lock_time',
  'Innodb_data_fsyncs',
  'Innodb_deadlocks',
] as const;
export type InnodbCounters = Record<(typeof COUNTERS)[number], number>;

export async function innodbCounters(pool: Pool): Promise<InnodbCounters> {
  const [rows] = await pool.query<RowDataPacket[]>('SHOW GLOBAL STATUS WHERE Variable_name IN (?)', [
    COUNTERS,
  ]);
  const values = new Map(rows.map((row) => [String(row.Variable_name), Number(row.Value)]));
  return Object.fromEntries(COUNTERS.map((name) => [name, values.get(name) ?? 0])) as InnodbCounters;
}

export function difference(before: InnodbCounters, after: InnodbCounters): InnodbCounters {
  return Object.fromEntries(COUNTERS.map((name) => [name, after[name] - before[name]])) as InnodbCounters;
}

/** 1 (the default) makes every commit wait for an fsync of the redo log. */
export async function flushLogAtCommit(pool: Pool): Promise<string> {
  const [[row]] = await pool.query<RowDataPacket[]>('SELECT @@innodb_flush_log_at_trx_commit AS value');
  return String(row?.value ?? '?');
}
