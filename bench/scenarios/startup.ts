/**
 * Start-up: from spawning `node src/main.ts` (all three services, the bench's configuration)
 * to the first 200 on /readyz, minus Node's own start (`node -e 0`, spawn to exit), medians
 * of several starts.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import type { BenchContext } from '../context.ts';
import { showSpread, spread, step } from '../format.ts';
import { processCpuMs } from '../proc-cpu.ts';

const GOAL_MS = 300;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

async function nodeStartMs(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await once(child, 'exit');
  return performance.now() - started;
}

/** Wall time to ready, and the CPU time the process used to get there (steadier on a shared machine). */
async function readyMs(context: BenchContext): Promise<{ wall: number; cpu: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(context.root, 'src/main.ts')], {
    env: { ...context.serverEnv, PORT: String(port), SERVICES: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`src/main.ts exited with ${child.exitCode} before it was ready`);
      if (performance.now() - started > 30_000) throw new Error('src/main.ts was not ready within 30 s');
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200)
        return { wall: performance.now() - started, cpu: processCpuMs(child.pid) ?? Number.NaN };
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

export async function runStartup(context: BenchContext): Promise<void> {
  const starts = context.options.rounds;
  step(`start-up: node src/main.ts (core, user, driver) to the first 200 on /readyz, ${starts} starts`);
  const node: number[] = [];
  const ready: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < starts; i++) {
    node.push(await nodeStartMs());
    const start = await readyMs(context);
    ready.push(start.wall);
    cpu.push(start.cpu);
  }
  const own = spread(ready.map((value, i) => value - (node[i] ?? 0)));
  const line =
    `start-up: ${showSpread(spread(ready))} ms to the first 200 on /readyz, node -e 0 ${showSpread(spread(node))} ms, ` +
    `the project's own ${showSpread(own)} ms (goal <= ${GOAL_MS}: ${own.median <= GOAL_MS ? 'met' : 'NOT met'}); ` +
    `CPU time of the process until ready ${showSpread(spread(cpu))} ms (/proc, 10 ms resolution)`;
  console.log(line);
  context.figures.push(line);
}
