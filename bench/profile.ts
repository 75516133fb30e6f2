/**
 * Summary of a V8 CPU profile (`node --cpu-prof`): where the busy time went, by package or
 * project directory (self time), and the functions with the most self and inclusive time.
 * Used by `npm run bench -- --profile`; also runnable: `node bench/profile.ts <file.cpuprofile>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);

/** Where a frame's code lives: an npm package, a project directory, node's own code, or V8. */
function component(url: string, functionName: string, root: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
  const packaged = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packaged?.[1]) return packaged[1];
  if (url.startsWith('node:')) return 'node: core (http, net, streams, ...)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const relative = path.relative(root, file);
  if (!relative.startsWith('..')) return relative.split(path.sep).slice(0, 2).join('/');
  return url;
}

function label(node: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.startsWith('file://') ? path.relative(root, new URL(url).pathname) : url;
  const where = file ? ` ${file.replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where}`;
}

/** Share of the busy time, and the time itself in ms (profile times are µs). */
function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1).padStart(5)}% ${(part / 1000).toFixed(0).padStart(6)} ms`;
}

export function summariseProfile(file: string, root: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });

  let busy = 0;
  let idle = 0;
  const byComponent = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    if (IDLE.has(node.callFrame.functionName)) {
      idle += time;
      continue;
    }
    busy += time;
    const where = component(node.callFrame.url, node.callFrame.functionName, root);
    byComponent.set(where, (byComponent.get(where) ?? 0) + time);
    const name = label(node, root);
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + time);
  }

  // Inclusive time: each sample counts once for every distinct function on its stack.
  const inclusive = new Map<string, number>();
  const rootNode = profile.nodes[0];
  const walk = (node: ProfileNode, onStack: ReadonlySet<string>): number => {
    let total = IDLE.has(node.callFrame.functionName) ? 0 : (self.get(node.id) ?? 0);
    const name = label(node, root);
    const stack = onStack.has(name) ? onStack : new Set([...onStack, name]);
    for (const childId of node.children ?? []) {
      const child = byId.get(childId);
      if (child) total += walk(child, stack);
    }
    if (!onStack.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + total);
    return total;
  };
  if (rootNode) walk(rootNode, new Set());
  inclusive.delete(rootNode ? label(rootNode, root) : '');

  const sorted = (map: Map<string, number>, count: number): [string, number][] =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
  const lines = [
    `busy ${(busy / 1e6).toFixed(1)} s of ${((busy + idle) / 1e6).toFixed(1)} s sampled (${file})`,
    '',
    'self time by package / project directory:',
    ...sorted(byComponent, 15).map(([name, time]) => `  ${percent(time, busy)}  ${name}`),
    '',
    `top ${top} functions by self time:`,
    ...sorted(selfByFunction, top).map(([name, time]) => `  ${percent(time, busy)}  ${name}`),
    '',
    `top ${top} functions by inclusive time (itself and what it calls):`,
    ...sorted(inclusive, top).map(([name, time]) => `  ${percent(time, busy)}  ${name}`),
  ];
  return lines.join('\n');
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/profile.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(summariseProfile(file, process.cwd(), Number(process.argv[3] ?? 25)));
}
