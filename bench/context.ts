/** What every scenario of the bench shares: options, the bench database and Redis, and the report. */
import type { Config } from '../src/config.ts';
import type { Pool } from '../src/db/mysql.ts';
import type { Redis } from '../src/db/redis.ts';
import type { BenchOptions } from './options.ts';

export interface BenchContext {
  root: string;
  options: BenchOptions;
  databaseUrl: string;
  /** The environment of every server child (bench database, Redis db and key prefix). */
  serverEnv: NodeJS.ProcessEnv;
  config: Readonly<Config>;
  pool: Pool;
  redis: Redis;
  appToken: string;
  /** Anything that makes the run fail: non-2xx responses, rows that do not add up. */
  problems: string[];
  /** One line per figure, printed together at the end. */
  figures: string[];
}
