/**
 * A large synthetic spec in the project's style, for timing the linter: the golden spec with its product
 * resource repeated as `widget1`..`widgetN` (6 operations each), written to a directory with its fragments.
 *
 *   node test/rules/helpers/synthetic.ts <out-dir> [resources=50]     writes <out-dir>/api.yaml (+ common/)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const goldenDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/golden');

type Node = Record<string, unknown>;

/** The golden spec with its product resource replaced by `resources` copies (6 operations each). */
export function syntheticSpec(resources: number): Node {
  const doc = parse(fs.readFileSync(path.join(goldenDir, 'api.yaml'), 'utf8')) as Node & {
    paths: Node;
    components: { schemas: Node };
  };
  const productPaths = Object.entries(doc.paths).filter(([k]) => /\/product(\/|$)/.test(k));
  const productSchemas = Object.entries(doc.components.schemas).filter(([k]) => k.startsWith('Product'));
  const template = JSON.stringify({
    paths: Object.fromEntries(productPaths),
    schemas: Object.fromEntries(productSchemas),
  });
  const paths: Node = {};
  const schemas: Node = {};
  for (let i = 1; i <= resources; i += 1) {
    const copy = JSON.parse(template.replace(/Product/g, `Widget${i}`).replace(/product/g, `widget${i}`)) as {
      paths: Node;
      schemas: Node;
    };
    Object.assign(paths, copy.paths);
    Object.assign(schemas, copy.schemas);
  }
  const isProduct = new Set([...productPaths, ...productSchemas].map(([k]) => k));
  const keep = (o: Node) => Object.fromEntries(Object.entries(o).filter(([k]) => !isProduct.has(k)));
  doc.paths = { ...paths, ...keep(doc.paths) };
  doc.components.schemas = { ...schemas, ...keep(doc.components.schemas) };
  return doc;
}

/** Writes the synthetic spec and the golden fragments it references into `dir`; returns the spec's path. */
export function writeSyntheticSpec(dir: string, resources: number): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(goldenDir, 'common'), path.join(dir, 'common'), { recursive: true });
  const file = path.join(dir, 'api.yaml');
  fs.writeFileSync(file, stringify(syntheticSpec(resources), { aliasDuplicateObjects: false, lineWidth: 0 }));
  return file;
}

/** The number of operations in a spec. */
export function operationCount(doc: Node): number {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.values(doc.paths as Record<string, Node>).reduce(
    (n, item) => n + methods.filter((m) => m in item).length,
    0,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node test/rules/helpers/synthetic.ts <out-dir> [resources=50]\n');
    process.exit(2);
  }
  const file = writeSyntheticSpec(path.resolve(dir), Number(count ?? 50));
  process.stdout.write(
    `${file}: ${operationCount(parse(fs.readFileSync(file, 'utf8')) as Node)} operations\n`,
  );
}
