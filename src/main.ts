/** Entry point of `npm start`. */
import { enableCompileCache } from 'node:module';

// Node caches V8's compiled code of every module on disk (in os.tmpdir(), or NODE_COMPILE_CACHE):
// later starts skip parsing and compiling the dependencies, half of the start-up's CPU.
enableCompileCache();
const { main } = await import('./server.ts');
await main();
