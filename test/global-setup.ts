/** Before any test: the test database exists, belongs to the project user, and is migrated. */
import { execFileSync } from 'node:child_process';
import { testEnvironment } from './support/env.ts';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/db-setup.ts'], {
    env: { ...process.env, DATABASE_URL: testEnvironment.DATABASE_URL },
    stdio: 'inherit',
  });
}
