/**
 * One server of `npm run bench`, run as its own child process (forked by bench/server-process.ts):
 *   contract  the real API as `npm start` runs it (startServer: every service in SERVICES);
 *   bare      bench/bare-app.ts: product read and list with the same repository and transformers;
 *   naive     the bare app with the naive list query (bench/naive-list.ts).
 * Configuration comes from the environment (loadConfig). IPC: reports `{ type: 'ready', url }`;
 * answers `{ type: 'cpu' }` with its own CPU time so far (process.cpuUsage: every thread, so
 * argon2's and libuv's pools count too); exits cleanly on `{ type: 'stop' }` (so that
 * `node --cpu-prof` writes its profile).
 */
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import { startBare, type Running } from './bare-app.ts';

export const serverModes = ['contract', 'bare', 'naive'] as const;
export type ServerMode = (typeof serverModes)[number];

/** Child to parent. */
export type ServeMessage =
  | { type: 'ready'; mode: ServerMode; url: string }
  | { type: 'failed'; error: string }
  | { type: 'cpu'; micros: number };
/** Parent to child. */
export type ControlMessage = { type: 'stop' } | { type: 'cpu' };

async function start(mode: ServerMode): Promise<Running> {
  const config = loadConfig();
  if (mode === 'contract') return startServer(config);
  return startBare(config, mode === 'naive');
}

function send(message: ServeMessage): void {
  process.send?.(message);
}

if (import.meta.main) {
  const mode = process.argv[2] as ServerMode;
  if (!serverModes.includes(mode)) {
    console.error(`usage: node bench/serve.ts ${serverModes.join('|')}`);
    process.exit(2);
  }
  try {
    const running = await start(mode);
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      void running.close().finally(() => process.exit(0));
    };
    process.on('message', (message: ControlMessage) => {
      if (message.type === 'stop') stop();
      if (message.type === 'cpu') {
        const usage = process.cpuUsage();
        send({ type: 'cpu', micros: usage.user + usage.system });
      }
    });
    // The parent went away: do not linger.
    process.on('disconnect', stop);
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    send({ type: 'ready', mode, url: running.url });
  } catch (error) {
    console.error(`bench/serve.ts ${mode}: cannot start: ${(error as Error).stack ?? String(error)}`);
    send({ type: 'failed', error: (error as Error).message });
    process.exit(1);
  }
}
