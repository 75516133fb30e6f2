/** Types of json-pointer.js: JSON Pointer (RFC 6901) and local `$ref` resolution. */

export function escapeToken(token: string): string;
export function pointerTokens(ref: string): string[] | undefined;
export function pointerTarget(doc: unknown, ref: string): unknown;

export interface Followed {
  /** The node after every `$ref` is followed; undefined when a reference dangles. */
  node: unknown;
  /** The JSON pointer where the node really is (the last reference followed), else the `at` given. */
  pointer: string | undefined;
  /** The last `$ref` text followed, if any. */
  ref: string | undefined;
}

export function follow(doc: unknown, node: unknown, at?: string): Followed;
