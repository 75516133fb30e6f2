/**
 * `npm run bench` in smoke mode on a tiny data set of its own: a check that the script runs and
 * prints its figures, not a test of speed (the figures themselves are not asserted).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testEnvironment } from '../support/env.ts';

const run = promisify(execFile);

describe('npm run bench (smoke)', () => {
  it('runs read, order and start-up on 200 products and prints their figures', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        'scripts/bench.ts',
        '--products',
        '200',
        '--duration',
        '1',
        '--warmup',
        '0',
        '--rounds',
        '1',
        '--connections',
        '8',
        '--only',
        'read,order,startup',
      ],
      {
        env: {
          ...process.env,
          BENCH_DATABASE_URL: `${testEnvironment.DATABASE_URL}_bench`,
          BENCH_REDIS_URL: testEnvironment.REDIS_URL,
          BENCH_REDIS_KEY_PREFIX: 'delivery-test-bench:',
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    // execFile rejects on a non-zero exit, so reaching here means the bench exited 0.
    const figures = stdout.slice(stdout.lastIndexOf('== figures'));
    expect(figures).toMatch(/^read: contract\/bare req\/s [\d.]+, CPU\/request [\d.]+ .* p99 [\d.]+ ms$/m);
    expect(figures).toMatch(
      /^order creation: \d+ req\/s, p50 [\d.]+ ms, p99 [\d.]+ ms, \d+ µs server CPU\/req, errors 0 /m,
    );
    expect(figures).toMatch(
      /^order rows: (\d+) orders for \d+ responses 201 \+ \d+ requests cut off at a window's end \(exact:/m,
    );
    expect(figures).toMatch(/^order creation bound: .*InnoDB row lock waits \d+/m);
    expect(figures).toMatch(
      /^start-up \(dist\/main\.js\): \d+ ms to the first 200 on \/readyz, node -e 0 \d+ ms, the project's own -?\d+ ms/m,
    );
    expect(figures).toMatch(
      /^start-up \(src\/main\.ts\): \d+ ms to the first 200 on \/readyz, node -e 0 \d+ ms, the project's own -?\d+ ms/m,
    );
    expect(figures).not.toMatch(/^(list|token issue|driver accept|offers)/m);
  }, 120_000);
});
