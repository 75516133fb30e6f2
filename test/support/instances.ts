/**
 * Private MariaDB and Redis instances on spare ports, for tests that stop and freeze them
 * (the machine's shared instances are never touched). One data directory per instance, so a
 * stopped instance starts again with its data.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, until } from './gateway.ts';

const run = promisify(execFile);

export interface Instance {
  port: number;
  url: string;
  /** Stops the process (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /**
   * SIGSTOP, resolved once every thread of the process is stopped: each thread stops as it next
   * runs, and a statement sent at once was seen answered in 5 ms (1 run in 3).
   */
  freeze(): Promise<void>;
  thaw(): void;
  /** Stops it for good and removes its data. */
  destroy(): Promise<void>;
}

/** Whether every thread of process `pid` is stopped (Linux: /proc/<pid>/task/<tid>/stat). */
async function allThreadsStopped(pid: number): Promise<boolean> {
  const threads = await readdir(`/proc/${pid}/task`);
  const stats = await Promise.all(
    threads.map((thread) => readFile(`/proc/${pid}/task/${thread}/stat`, 'utf8')),
  );
  // The state follows the command name, which is in parentheses.
  return stats.every((stat) => /\) T /.test(stat));
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function managed(
  directory: string,
  port: number,
  url: string,
  launch: () => ChildProcess,
  ready: () => Promise<boolean>,
): Promise<Instance> {
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    child = launch();
    await until(ready, `${url} to accept connections`, 20_000);
  };
  const stop = async (): Promise<void> => {
    if (!child) return;
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    await exited(child);
    child = undefined;
  };
  await start();
  return {
    port,
    url,
    start,
    stop,
    async freeze() {
      const pid = child?.pid;
      if (pid === undefined) return;
      child?.kill('SIGSTOP');
      await until(() => allThreadsStopped(pid), `process ${pid} to stop`, 5000);
    },
    thaw: () => child?.kill('SIGCONT'),
    async destroy() {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** redis-server without persistence. */
export async function startRedis(): Promise<Instance> {
  const directory = await mkdtemp(path.join(tmpdir(), 'fault-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}/0`;
  return managed(
    directory,
    port,
    url,
    () =>
      spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          directory,
        ],
        { stdio: 'ignore' },
      ),
    async () => (await run('redis-cli', ['-p', String(port), 'ping'])).stdout.trim() === 'PONG',
  );
}

/**
 * MariaDB in a fresh data directory (root without a password over TCP), with the project's
 * database and user created and migrated by scripts/db-setup.ts. `url` is the project user's.
 */
export async function startMariadb(): Promise<Instance> {
  const directory = await mkdtemp(path.join(tmpdir(), 'fault-mariadb-'));
  const data = path.join(directory, 'data');
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...user,
  ]);
  const port = await freePort();
  const url = `mysql://delivery:delivery@127.0.0.1:${port}/delivery_fault`;
  const instance = await managed(
    directory,
    port,
    url,
    () =>
      spawn(
        'mariadbd',
        [
          '--no-defaults',
          ...user,
          `--datadir=${data}`,
          `--port=${port}`,
          '--bind-address=127.0.0.1',
          `--socket=${path.join(directory, 'mariadb.sock')}`,
          `--pid-file=${path.join(directory, 'mariadb.pid')}`,
          '--innodb-buffer-pool-size=32M',
          '--skip-log-bin',
        ],
        { stdio: 'ignore' },
      ),
    async () => {
      await run('mariadb-admin', ['--no-defaults', '-h127.0.0.1', `-P${port}`, '-uroot', 'ping']);
      return true;
    },
  );
  await run(process.execPath, ['scripts/db-setup.ts'], {
    env: { ...process.env, DATABASE_ADMIN_URL: `mysql://root@127.0.0.1:${port}/`, DATABASE_URL: url },
  });
  return instance;
}
