/**
 * `npm run build`: bundles the API (src/main.ts, handlers/, generated/ and the packages they
 * use) with rolldown into dist/, what `npm start` and the image run (issue 14: start-up). One
 * module of JavaScript instead of ~130 TypeScript files and ~600 package files: no type
 * stripping, no module resolution, one compile-cache entry. Measured: the process's own work
 * to the first 200 on /readyz halves (docs/performance.md, "Start-up").
 *
 * dist/main.js only enables the compile cache, then imports the bundle (so the bundle itself
 * is cached); what is loaded on first use (src/deferred.ts) gets chunks of its own.
 *
 * Left to node_modules at run time (`external`), each because the bundle would break it:
 *   @node-rs/argon2   a native addon, loaded by platform-specific `require`;
 *   swagger-ui-dist   serves the files of its own directory (the docs page).
 * pino is bundled (~30 ms less CPU than loading it from node_modules): its transports
 * (pino-pretty, LOG_PRETTY) run in worker threads from its files in node_modules, which it
 * finds by `__dirname` (packagePaths below).
 *
 * Not minified: without renaming it saved nothing measurable; renaming too saved ~30 ms of
 * CPU, but leaves stack traces in the logs without function names or the modules' comments,
 * and turning the source maps on at start (`--enable-source-maps`) costs ~50 ms.
 *
 * dist/ stays one directory below the root, like src/: the bundle finds generated/ (the specs
 * served at /spec) as src/services.ts does, `../generated` from itself. Build output: not
 * committed (.gitignore).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');

/**
 * CommonJS packages that use `__dirname`/`__filename` (ioredis reads its package.json for the
 * version it gives Redis; pino and thread-stream start their worker files) get their own, as
 * in node_modules: an ES module has neither.
 */
const packagePaths: Plugin = {
  name: 'package-paths',
  transform: {
    filter: { id: /node_modules/, code: /__dirname|__filename/ },
    handler(code, id) {
      const file = id.slice(id.indexOf('node_modules/'));
      const paths =
        `var __filename = import.meta.dirname + ${JSON.stringify(`/../${file}`)}, ` +
        `__dirname = import.meta.dirname + ${JSON.stringify(`/../${path.posix.dirname(file)}`)}; `;
      // On the module's first line: every line keeps its number (the source map stays true).
      return { code: paths + code, map: null };
    },
  },
};

export async function buildBundle(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    input: { main: path.join(root, 'src/main.ts') },
    cwd: root,
    platform: 'node',
    external: [/^@node-rs\/argon2(\/|$)/, /^swagger-ui-dist(\/|$)/],
    plugins: [packagePaths],
    logLevel: 'warn',
    // packagePaths adds to a module's first line only: its lines map as they were.
    checks: { sourcemapBroken: false },
    output: {
      dir: outDir,
      format: 'esm',
      // Stack traces name the bundle's functions and lines; NODE_OPTIONS=--enable-source-maps
      // maps them to the sources.
      sourcemap: true,
      chunkFileNames: '[name]-[hash].js',
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildBundle();
  console.log(`dist/ built in ${Math.round(performance.now() - started)} ms`);
}
