/** Applies the SQL migrations in migrations/ in order (postgrator), tracking them in `schema_version`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import Postgrator from 'postgrator';

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface MigrationReport {
  from: string;
  to: string;
  applied: string[];
}

export async function migrate(databaseUrl: string): Promise<MigrationReport> {
  const connection = await mysql.createConnection({
    uri: databaseUrl,
    multipleStatements: true,
    timezone: 'Z',
  });
  try {
    await connection.query("SET time_zone = '+00:00'");
    const database = new URL(databaseUrl).pathname.slice(1);
    const postgrator = new Postgrator({
      migrationPattern: path.join(migrationsDir, '*'),
      driver: 'mysql',
      database,
      schemaTable: 'schema_version',
      validateChecksums: true,
      execQuery: async (query) => {
        const [rows] = await connection.query(query);
        return { rows: Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [] };
      },
    });
    const from = await postgrator.getDatabaseVersion();
    const applied = await postgrator.migrate();
    return {
      from: String(from),
      to: String(await postgrator.getDatabaseVersion()),
      applied: applied.map((migration) => migration.filename),
    };
  } finally {
    await connection.end();
  }
}
