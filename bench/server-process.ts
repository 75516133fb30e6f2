/**
 * The bench's servers, each in its own child process (bench/serve.ts, forked): the load
 * generator runs in the parent, so neither queues behind the other's event loop, and the OS
 * schedules them on the two cores (shared with mysqld and redis-server).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlMessage, ServeMessage, ServerMode } from './serve.ts';

const serveScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve.ts');

export interface ServerChild {
  mode: ServerMode;
  /** What the report calls it (e.g. "contract @ 100000 products"). */
  label: string;
  url: string;
  process: ChildProcess;
}

export function startChild(
  mode: ServerMode,
  env: NodeJS.ProcessEnv,
  options: { label?: string; execArgv?: string[] } = {},
): Promise<ServerChild> {
  const child = fork(serveScript, [mode], { env, execArgv: options.execArgv ?? [], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start within 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code} before it was ready`)));
    child.once('message', (message: ServeMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') {
        resolve({ mode, label: options.label ?? mode, url: message.url, process: child });
      } else reject(new Error(`${mode} server failed to start: ${JSON.stringify(message)}`));
    });
  });
}

/** The server's own CPU time so far (user + system, µs), measured inside it. */
export function serverCpuMicros(child: ServerChild): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${child.label} did not report its CPU time`)), 10_000);
    const listener = (message: ServeMessage): void => {
      if (message.type !== 'cpu') return;
      clearTimeout(timer);
      child.process.off('message', listener);
      resolve(message.micros);
    };
    child.process.on('message', listener);
    child.process.send({ type: 'cpu' } satisfies ControlMessage);
  });
}

export function stopChild(child: ServerChild): Promise<void> {
  return new Promise((resolve) => {
    const { process: server } = child;
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.removeAllListeners('exit');
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (server.connected) server.send({ type: 'stop' } satisfies ControlMessage);
    else server.kill('SIGTERM');
  });
}
