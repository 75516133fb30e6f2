/**
 * `npm run mock`: the Prism mock of one platform's bundle (generated/platforms/<platform>/api.yaml),
 * android unless `--platform ios|web`. Prism answers a request that misses a credential with the
 * first 401 example of the operation, whatever is missing; a thin front in this process asks
 * Prism for the example that names the missing credential (`Prefer: code=401, example=...`),
 * unless the client chose an answer itself with `Prefer`. Everything else passes through.
 *
 *   npm run mock [-- --platform android|ios|web] [--port 4010] [--host 127.0.0.1]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request as forward } from 'node:http';
import { createServer as createProbe, connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { platforms } from '../src/config.ts';
import { missingCredentialFinder } from './mock/missing-credential.ts';
import { prismCli } from './mock/prism.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: npm run mock -- [--platform android|ios|web] [--port 4010] [--host 127.0.0.1]';

function options(): { platform: string; port: number; host: string } {
  try {
    const { values } = parseArgs({
      options: {
        platform: { type: 'string', default: 'android' },
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
      },
      strict: true,
    });
    const port = Number(values.port);
    if (!(platforms as readonly string[]).includes(values.platform)) {
      throw new Error(`unknown platform '${values.platform}' (${platforms.join(', ')})`);
    }
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port '${values.port}'`);
    return { platform: values.platform, port, host: values.host };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createProbe();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once something accepts connections on the port (Prism takes a few seconds). */
async function listening(port: number, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error('prism exited before it listened');
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const { platform, port, host } = options();
const bundlePath = path.join(root, 'generated', 'platforms', platform, 'api.yaml');
const missingCredential = missingCredentialFinder(
  parse(readFileSync(bundlePath, 'utf8')) as Record<string, unknown>,
);
const prismPort = await freePort();
const prism = spawn(
  process.execPath,
  [prismCli, 'mock', '--host', '127.0.0.1', '--port', String(prismPort), bundlePath],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
let prismExited = false;
prism.once('exit', (code) => {
  prismExited = true;
  process.exitCode = code ?? 1;
  front.close();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    front.close();
    prism.kill(signal);
  });
}

const front = createServer((incoming, outgoing) => {
  const headers = { ...incoming.headers };
  const example =
    headers.prefer === undefined
      ? missingCredential({
          method: incoming.method ?? 'GET',
          path: (incoming.url ?? '/').split('?')[0] ?? '/',
          headers,
        })
      : undefined;
  if (example !== undefined) headers.prefer = `code=401, example=${example}`;
  const upstream = forward(
    { host: '127.0.0.1', port: prismPort, method: incoming.method, path: incoming.url, headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(outgoing);
    },
  );
  upstream.once('error', (error) => {
    outgoing.writeHead(502, { 'content-type': 'application/json' });
    outgoing.end(JSON.stringify({ message: `the mock's Prism did not answer: ${error.message}` }));
  });
  incoming.pipe(upstream);
});

await listening(prismPort, () => prismExited);
front.listen(port, host, () => {
  const address = front.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(
    `mock of ${platform} (${path.relative(root, bundlePath)}) on http://${host}:${bound}\n`,
  );
});
