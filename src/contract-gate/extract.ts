/**
 * A released version of a service is the subset of its spec whose paths are `/api/{platform}/vN/...`,
 * with everything those paths reference. This module bundles a service spec (relative `$ref`s to
 * spec/common/ become internal `#/components/...` references, as in generated/<service>.bundle.yaml)
 * and cuts that subset out of it.
 */
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { HTTP_METHODS, asArray, asObject, isObject, pointerTarget, type Json } from './json.ts';

/** `/api/{platform}/v2/...` → `v2`. */
const VERSION_IN_PATH = /^\/api\/\{platform\}\/(v[1-9][0-9]*)(?:\/|$)/;

export const VERSION_NAME = /^v[1-9][0-9]*$/;
export const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

export function versionOfPath(apiPath: string): string | undefined {
  return VERSION_IN_PATH.exec(apiPath)?.[1];
}

/** The major versions a document serves, in numeric order (`v1`, `v2`, ... `v10`). */
export function versionsIn(doc: Json): string[] {
  const versions = new Set<string>();
  for (const apiPath of Object.keys(asObject(doc.paths))) {
    const version = versionOfPath(apiPath);
    if (version) versions.add(version);
  }
  return [...versions].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** Bundles one service spec into a single document with internal references; throws on resolution errors. */
export async function bundleSpec(specFile: string): Promise<Json> {
  const config = await createConfig({});
  const { bundle: bundled, problems } = await bundle({ ref: path.resolve(specFile), config });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${specFile}: ${errors.map((problem) => problem.message).join('; ')}`);
  }
  const parsed: unknown = bundled.parsed;
  if (!isObject(parsed)) throw new Error(`${specFile} is not an OpenAPI document`);
  return parsed;
}

/** Every local `$ref` string under `node`. */
function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') into.add(value);
    else if (key === 'mapping' && isObject(value)) {
      // discriminator mapping values name schemas by reference too
      for (const target of Object.values(value)) if (typeof target === 'string') into.add(target);
    } else collectRefs(value, into);
  }
}

/** Names of the security schemes a list of security requirements uses. */
function schemeNames(security: unknown): string[] {
  return asArray(security).flatMap((requirement) => Object.keys(asObject(requirement)));
}

/**
 * The subset of a bundled document that makes up `version`: its paths, the root fields, and only the
 * components (and tags) those paths reach. Returns a new document; `doc` is not changed.
 */
export function extractVersion(doc: Json, version: string): Json {
  const source = structuredClone(doc);
  const paths: Json = {};
  for (const [apiPath, item] of Object.entries(asObject(source.paths))) {
    if (versionOfPath(apiPath) === version) paths[apiPath] = item;
  }

  // Components reachable from the version's paths and from the security requirements in force.
  const reached = new Set<string>();
  const pending: string[] = [];
  const visit = (node: unknown): void => {
    const refs = new Set<string>();
    collectRefs(node, refs);
    for (const ref of refs) {
      if (ref.startsWith('#/') && !reached.has(ref)) {
        reached.add(ref);
        pending.push(ref);
      }
    }
  };
  const usedSchemes = new Set(schemeNames(source.security));
  const usedTags = new Set<string>();
  visit(paths);
  for (const item of Object.values(paths)) {
    for (const method of HTTP_METHODS) {
      const operation = asObject(asObject(item)[method]);
      for (const name of schemeNames(operation.security)) usedSchemes.add(name);
      for (const tag of asArray(operation.tags)) if (typeof tag === 'string') usedTags.add(tag);
    }
  }
  const schemes = asObject(asObject(source.components).securitySchemes);
  for (const name of usedSchemes) visit(schemes[name]);
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) visit(pointerTarget(source, ref));

  const components: Json = {};
  for (const [section, entries] of Object.entries(asObject(source.components))) {
    const kept: Json = {};
    for (const [name, value] of Object.entries(asObject(entries))) {
      const pointer = `#/components/${section}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const used = section === 'securitySchemes' ? usedSchemes.has(name) : reached.has(pointer);
      if (used) kept[name] = value;
    }
    if (Object.keys(kept).length > 0) components[section] = kept;
  }

  const result: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'paths') result.paths = paths;
    else if (key === 'components') {
      if (Object.keys(components).length > 0) result.components = components;
    } else if (key === 'tags') {
      const tags = asArray(value).filter((tag) => usedTags.has(String(asObject(tag).name)));
      if (tags.length > 0) result.tags = tags;
    } else result[key] = value;
  }
  return result;
}

/** Counts of what a version document holds, for messages. */
export function summarize(doc: Json): { paths: number; operations: number } {
  const items = Object.values(asObject(doc.paths));
  const operations = items.reduce<number>(
    (count, item) => count + HTTP_METHODS.filter((method) => isObject(asObject(item)[method])).length,
    0,
  );
  return { paths: items.length, operations };
}
