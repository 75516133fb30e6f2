/**
 * Start-up: from spawning `node dist/main.js` (what `npm start` and the image run, built here
 * first by scripts/build.ts; every service, the bench's configuration) to the first 200 on
 * /readyz, minus Node's own start (`node -e 0`, spawn to exit), medians of several starts.
 * The first start after a build fills the compile cache: it is not counted. The sources
 * (`node src/main.ts`: tests, start:dev, start-gateway.sh) are measured too, interleaved, for
 * comparison.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { buildBundle } from '../../scripts/build.ts';
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
async function readyMs(context: BenchContext, entry: string): Promise<{ wall: number; cpu: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(context.root, entry)], {
    env: { ...context.serverEnv, PORT: String(port), SERVICES: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${entry} exited with ${child.exitCode} before it was ready`);
      if (performance.now() - started > 30_000) throw new Error(`${entry} was not ready within 30 s`);
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

const ENTRIES = { bundle: 'dist/main.js', sources: 'src/main.ts' } as const;

export async function runStartup(context: BenchContext): Promise<void> {
  const starts = context.options.rounds;
  step(
    `start-up: node dist/main.js (every service; and node src/main.ts) to the first 200 on /readyz, ${starts} starts`,
  );
  await buildBundle();
  const figures = Object.fromEntries(
    Object.keys(ENTRIES).map((name) => [
      name,
      { node: [] as number[], ready: [] as number[], cpu: [] as number[] },
    ]),
  ) as Record<keyof typeof ENTRIES, { node: number[]; ready: number[]; cpu: number[] }>;
  for (const entry of Object.values(ENTRIES)) await readyMs(context, entry);
  for (let i = 0; i < starts; i++) {
    for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
      figures[name].node.push(await nodeStartMs());
      const start = await readyMs(context, entry);
      figures[name].ready.push(start.wall);
      figures[name].cpu.push(start.cpu);
    }
  }
  for (const [name, { node, ready, cpu }] of Object.entries(figures)) {
    const own = spread(ready.map((value, i) => value - (node[i] ?? 0)));
    const goal =
      name === 'bundle' ? ` (goal <= ${GOAL_MS}: ${own.median <= GOAL_MS ? 'met' : 'NOT met'})` : '';
    const line =
      `start-up (${ENTRIES[name as keyof typeof ENTRIES]}): ${showSpread(spread(ready))} ms to the first 200 on /readyz, ` +
      `node -e 0 ${showSpread(spread(node))} ms, the project's own ${showSpread(own)} ms${goal}; ` +
      `CPU time of the process until ready ${showSpread(spread(cpu))} ms (/proc, 10 ms resolution)`;
    console.log(line);
    context.figures.push(line);
  }
}
