/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (the user must exist). */
import { loadConfig } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';

const report = await migrate(loadConfig().databaseUrl);
console.log(`schema version ${report.from} -> ${report.to}; applied: ${report.applied.length}`);
