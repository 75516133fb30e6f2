/**
 * `npm run postman`: writes the Postman collection generated from the spec, and its
 * environments, to postman/. `--check` writes nothing and fails when postman/ is stale.
 * The collection and the flow it runs: scripts/postman/; running it: test/postman/run-newman.ts.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { buildCollection } from './postman/collection.ts';
import { environments } from './postman/environments.ts';
import { POSTMAN_OUTPUT_DIR, POSTMAN_PLATFORM } from './postman/source.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, POSTMAN_OUTPUT_DIR);

async function wanted(): Promise<Map<string, string>> {
  const files = new Map<string, unknown>([
    [`delivery-${POSTMAN_PLATFORM}.postman_collection.json`, await buildCollection(root)],
  ]);
  for (const [name, environment] of Object.entries(environments())) {
    files.set(`${name}.postman_environment.json`, environment);
  }
  const options = (await prettier.resolveConfig(path.join(outDir, 'x.json'))) ?? {};
  const formatted = new Map<string, string>();
  for (const [name, content] of files) {
    formatted.set(
      name,
      await prettier.format(JSON.stringify(content), { ...options, filepath: path.join(outDir, name) }),
    );
  }
  return formatted;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const files = await wanted();
  const present = (await readdir(outDir).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.json'),
  );
  const stale: string[] = present
    .filter((name) => !files.has(name))
    .map((name) => `${name} is not generated`);
  for (const [name, text] of files) {
    const current = await readFile(path.join(outDir, name), 'utf8').catch(() => undefined);
    if (current === undefined) stale.push(`${name} is missing`);
    else if (current !== text) stale.push(`${name} differs from what the spec and the flow generate`);
  }
  if (check) {
    if (stale.length > 0) {
      process.stderr.write(
        `${POSTMAN_OUTPUT_DIR}/ is stale:\n  ${stale.join('\n  ')}\nRun \`npm run postman\` and commit the result.\n`,
      );
      return 1;
    }
    process.stdout.write(`${POSTMAN_OUTPUT_DIR}/ is up to date (${files.size} files)\n`);
    return 0;
  }
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(outDir, name), text);
  process.stdout.write(
    `wrote ${[...files.keys()].map((name) => `${POSTMAN_OUTPUT_DIR}/${name}`).join(', ')}\n`,
  );
  return 0;
}

process.exitCode = await main();
