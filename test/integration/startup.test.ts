/** Start-up: a clear message naming what is unreachable, where it looked, and how to start it. */
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.ts';
import { testConfig } from '../support/env.ts';

describe('when MySQL is not reachable', () => {
  it('then start-up fails naming MySQL, the address, the variable and a way to start it', async () => {
    const config = testConfig({ databaseUrl: 'mysql://delivery:delivery@127.0.0.1:1/delivery_test' });
    await expect(startServer(config)).rejects.toThrow(
      /^MySQL is not reachable at 127\.0\.0\.1:1, database 'delivery_test', user 'delivery' \(DATABASE_URL\): .*Start MariaDB/,
    );
  });

  it('then a wrong password says to run db:setup', async () => {
    const config = testConfig({ databaseUrl: 'mysql://delivery:wrong@127.0.0.1:3306/delivery_test' });
    await expect(startServer(config)).rejects.toThrow(/npm run db:setup/);
  });
});

describe('when Redis is not reachable', () => {
  it('then start-up fails naming Redis, the address and the variable', async () => {
    const config = testConfig({ redisUrl: 'redis://127.0.0.1:1/0' });
    await expect(startServer(config)).rejects.toThrow(
      /^Redis is not reachable at 127\.0\.0\.1:1 \(REDIS_URL\): .*redis-server/,
    );
  });
});
