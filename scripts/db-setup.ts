/**
 * Creates the project's database and its own user (MariaDB's root may be socket-only, and
 * the service never runs as root), then applies the migrations. Idempotent.
 *   DATABASE_ADMIN_URL  an account allowed to create databases and users (default root@127.0.0.1)
 *   DATABASE_URL        the database and user to create (default: the app's configuration)
 */
import path from 'node:path';
import mysql from 'mysql2/promise';
import { loadConfig } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';

const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'mysql://root@127.0.0.1:3306/';
const { databaseUrl } = loadConfig();
const target = new URL(databaseUrl);
const database = target.pathname.slice(1);
const user = decodeURIComponent(target.username);
const password = decodeURIComponent(target.password);
if (!/^[A-Za-z0-9_]+$/.test(database) || !/^[A-Za-z0-9_]+$/.test(user)) {
  throw new Error(
    `DATABASE_URL: database and user names must be letters, digits and _ (got '${database}', '${user}')`,
  );
}

let admin;
try {
  admin = await mysql.createConnection({ uri: adminUrl });
} catch (error) {
  console.error(
    `cannot connect as the MySQL admin (DATABASE_ADMIN_URL=${adminUrl.replace(/:[^:@/]*@/, ':***@')}): ${(error as Error).message}\n` +
      'Is MariaDB running? Start it with `start-stop-daemon --start --background --exec /usr/sbin/mariadbd`.',
  );
  process.exit(1);
}
try {
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  for (const host of ['localhost', '127.0.0.1', '%']) {
    await admin.query('CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?', [user, host, password]);
    await admin.query('ALTER USER ?@? IDENTIFIED BY ?', [user, host, password]);
    await admin.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [user, host]);
  }
} finally {
  await admin.end();
}
const report = await migrate(databaseUrl);
console.log(
  `database '${database}' ready for user '${user}': schema version ${report.from} -> ${report.to}` +
    (report.applied.length > 0
      ? ` (applied ${report.applied.map((file) => path.basename(file)).join(', ')})`
      : ' (nothing to apply)'),
);
