/** Lints OpenAPI documents with the project's Spectral ruleset through Spectral's JS API (one ruleset load per file). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';

/** A parsed YAML document or node: untyped on purpose, since tests reach into it and mutate it in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML has no static type
export type Yaml = any;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixtures = path.join(repoRoot, 'test/rules/fixtures');
export const goldenFile = path.join(fixtures, 'golden/api.yaml');

let spectral: Promise<Spectral> | undefined;

/** One Spectral instance with the root .spectral.yaml loaded exactly as the CLI loads it. */
export function linter(): Promise<Spectral> {
  spectral ??= (async () => {
    const s = new Spectral();
    const ruleset = await bundleAndLoadRuleset(path.join(repoRoot, '.spectral.yaml'), {
      fs,
      fetch: globalThis.fetch as never,
    });
    s.setRuleset(ruleset);
    return s;
  })();
  return spectral;
}

/** A lint result reduced to what the tests compare. */
export interface Finding {
  code: string;
  path: string;
  message: string;
  severity: number;
  source: string;
}

function reduce(results: ISpectralDiagnostic[]): Finding[] {
  return results.map((r) => ({
    code: String(r.code),
    path: r.path.join('.'),
    message: r.message,
    severity: r.severity,
    source: r.source ? path.relative(repoRoot, r.source) : '',
  }));
}

/** Lints YAML text as if it were the file `source` (so relative $refs resolve beside that file). */
export async function lintText(text: string, source: string): Promise<Finding[]> {
  const s = await linter();
  const results = await s.run(new Document(text, Parsers.Yaml, source));
  return reduce(results);
}

/** Lints one file on disk. */
export async function lintFile(file: string): Promise<Finding[]> {
  return lintText(fs.readFileSync(file, 'utf8'), path.resolve(file));
}

/** Lints a document given as a plain object, placed at `source` (the golden file's place by default). */
export async function lintObject(doc: unknown, source = goldenFile): Promise<Finding[]> {
  return lintText(stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }), source);
}

/** A fresh deep copy of a YAML fixture, to mutate in one place. */
export function loadYaml(file: string): Yaml {
  return parse(fs.readFileSync(file, 'utf8'));
}

/** A fresh deep copy of the golden spec. */
export function golden(): Yaml {
  return loadYaml(goldenFile);
}

/** Renames a path key in place, keeping the order of the paths object. */
export function renamePath(doc: { paths: Record<string, unknown> }, from: string, to: string): void {
  const paths = doc.paths;
  if (!(from in paths)) throw new Error(`no path ${from}`);
  doc.paths = Object.fromEntries(Object.entries(paths).map(([k, v]) => [k === from ? to : k, v]));
}

/** Renames a key of an object in place, keeping the key order. */
export function renameKey(obj: Record<string, unknown>, from: string, to: string): void {
  if (!(from in obj)) throw new Error(`no key ${from}`);
  const entries = Object.entries(obj);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the keys come from the object itself
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k === from ? to : k] = v;
}

/** The golden spec's path keys. */
export const P = {
  product: '/api/{platform}/v1/product',
  productItem: '/api/{platform}/v1/product/{id}',
  countryCity: '/api/{platform}/v1/country/{id}/city',
  city: '/api/{platform}/v1/city/{id}',
  discovery: '/api/{platform}/v1/discovery',
  token: '/api/{platform}/v1/oauth/token',
} as const;

/** A JSON path as the tests print it: segments joined by dots. */
export const at = (...segments: (string | number)[]): string => segments.join('.');

/** One "break the golden spec in exactly one place" case. */
export interface BreakCase {
  /** What is broken, read as "when <name>". */
  name: string;
  mutate: (doc: Yaml) => void;
  /** The findings that must appear (code and path). */
  want: { code: string; path: string }[];
  /** Other rule codes that may legitimately fire for the same single change. */
  also?: string[];
}

/** Asserts that a case reports exactly its rule codes, each at the wanted path. */
export async function expectBreak(c: BreakCase): Promise<Finding[]> {
  const doc: unknown = golden();
  c.mutate(doc);
  const got = await lintObject(doc);
  for (const w of c.want) {
    expect(
      got.some((g) => g.code === w.code && g.path === w.path),
      `${w.code} at ${w.path}; got ${JSON.stringify(got, null, 1)}`,
    ).toBe(true);
  }
  expect([...new Set(got.map((g) => g.code))].sort()).toEqual(
    [...new Set([...c.want.map((w) => w.code), ...(c.also ?? [])])].sort(),
  );
  return got;
}
