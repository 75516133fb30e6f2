/** Small helpers over parsed OpenAPI documents (plain JSON values with local `#/...` references). */

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

/** The value a local JSON pointer (`#/components/schemas/Product`) names in `doc`, or undefined. */
export function pointerTarget(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const segments = ref
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = doc;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

export interface Resolved {
  /** The node after following every `$ref` (an empty object when a reference dangles). */
  node: Json;
  /** The last reference followed, if any: identifies a named schema (used to stop on recursion). */
  ref: string | undefined;
}

/** Follows local `$ref`s until a node that is not a reference. */
export function resolve(doc: Json, node: unknown): Resolved {
  let current = node;
  let ref: string | undefined;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 50) throw new Error(`reference cycle at ${current.$ref}`);
    ref = current.$ref;
    current = pointerTarget(doc, current.$ref);
  }
  return { node: asObject(current), ref };
}

/** Canonical JSON (object keys sorted), so that two equal values give equal strings. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
