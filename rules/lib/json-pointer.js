// JSON Pointer (RFC 6901) and local `$ref` resolution within one document: the one implementation
// shared by the Spectral rules, scripts/generate.ts, the contract gate and the Dredd hooks.
// Plain ESM JavaScript because Spectral bundles it as is; TypeScript reads json-pointer.d.ts and
// CommonJS files `require()` it (Node 24 loads an ESM module synchronously).

/** The most `$ref` hops one resolution follows before it calls the chain a cycle. */
const MAX_HOPS = 64;

/**
 * RFC 6901 escaping of one reference token (`/api/{platform}` -> `~1api~1{platform}`).
 * @param {string} token
 */
export function escapeToken(token) {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The unescaped tokens of a JSON pointer (`/a/b`) or of a local reference (`#/a/b`, a URI fragment,
 * so percent-decoded first); undefined for a reference into another document.
 * @param {string} ref
 * @returns {string[] | undefined}
 */
export function pointerTokens(ref) {
  let pointer = ref;
  if (ref.startsWith('#')) {
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      return undefined;
    }
  }
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The value a JSON pointer or local reference names in `doc`, or undefined.
 * @param {unknown} doc
 * @param {string} ref
 * @returns {unknown}
 */
export function pointerTarget(doc, ref) {
  const tokens = pointerTokens(ref);
  if (tokens === undefined) return undefined;
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, token)) {
      node = /** @type {Record<string, unknown>} */ (node)[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * @param {unknown} node
 * @returns {node is { $ref: string }}
 */
function isReference(node) {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof (/** @type {Record<string, unknown>} */ (node).$ref) === 'string'
  );
}

/**
 * Follows local `$ref`s from `node` until a node that is not a reference (undefined when one dangles).
 * `pointer` is the JSON pointer of the last reference followed (where the node really is), or `at` when
 * `node` was no reference; `ref` is the last `$ref` text followed. Throws on a reference cycle.
 * @param {unknown} doc
 * @param {unknown} node
 * @param {string} [at]
 * @returns {{ node: unknown, pointer: string | undefined, ref: string | undefined }}
 */
export function follow(doc, node, at) {
  let current = node;
  let pointer = at;
  /** @type {string | undefined} */
  let ref;
  for (let hops = 0; isReference(current); hops += 1) {
    if (hops >= MAX_HOPS) throw new Error(`reference cycle at ${current.$ref}`);
    ref = current.$ref;
    const tokens = pointerTokens(ref);
    pointer = tokens === undefined ? undefined : tokens.map((token) => `/${escapeToken(token)}`).join('');
    current = pointerTarget(doc, ref);
  }
  return { node: current, pointer, ref };
}
