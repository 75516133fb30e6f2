/** Small helpers over parsed OpenAPI documents (plain JSON values with local `#/...` references). */
import stableStringify from 'safe-stable-stringify';
import { follow } from '../../rules/lib/json-pointer.js';

export { pointerTarget } from '../../rules/lib/json-pointer.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export interface Resolved {
  /** The node after following every `$ref` (an empty object when a reference dangles). */
  node: Json;
  /** The last reference followed, if any: identifies a named schema (used to stop on recursion). */
  ref: string | undefined;
}

/** Follows local `$ref`s until a node that is not a reference. */
export function resolve(doc: Json, node: unknown): Resolved {
  const followed = follow(doc, node);
  return { node: asObject(followed.node), ref: followed.ref };
}

/** Canonical JSON (object keys sorted), so that two equal values give equal strings. */
export function canonical(value: unknown): string {
  return stableStringify(value) ?? 'undefined';
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
