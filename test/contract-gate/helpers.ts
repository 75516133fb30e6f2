/** The shop fixture (fixtures/spec/shop.yaml, v1 and v2 side by side) bundled once, and edited copies of it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareVersions, type Finding } from '../../src/contract-gate/compare.ts';
import { bundleSpec, extractVersion } from '../../src/contract-gate/extract.ts';
import type { Json } from '../../src/contract-gate/json.ts';

/** A parsed YAML document: untyped on purpose, since the tests reach into it and mutate it in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML has no static type
export type Yaml = any;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtureSpecDir = path.join(repoRoot, 'test/contract-gate/fixtures/spec');

/** The fixture's paths. */
export const P = {
  list: '/api/{platform}/v1/item',
  item: '/api/{platform}/v1/item/{id}',
  ping: '/api/{platform}/v1/ping',
  v2item: '/api/{platform}/v2/item/{id}',
} as const;

let bundled: Promise<Json> | undefined;

/** The whole fixture spec, bundled (internal refs, as generated/<service>.bundle.yaml). A fresh copy each call. */
export async function fixtureBundle(): Promise<Json> {
  bundled ??= bundleSpec(path.join(fixtureSpecDir, 'shop.yaml'));
  return structuredClone(await bundled);
}

/** v1 as released, and v1 cut from a copy of the spec after `edit`; the findings between them. */
export async function diffAfter(edit: (doc: Yaml) => unknown): Promise<Finding[]> {
  const released = extractVersion(await fixtureBundle(), 'v1');
  const current = await fixtureBundle();
  edit(current);
  return compareVersions(released, extractVersion(current, 'v1'));
}

/** What identifies a finding in the tables: the rule and where it is. */
export interface Expected {
  kind: string;
  path: string;
  method?: string;
  status?: string;
  field?: string;
  /** A piece of the message the finding must contain. */
  text?: string;
}

export function key(finding: Expected): string {
  return [
    finding.kind,
    finding.method ?? '-',
    finding.path,
    finding.status ?? '-',
    finding.field ?? '-',
  ].join(' ');
}
