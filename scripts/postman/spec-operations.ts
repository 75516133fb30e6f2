/** The operations of an OpenAPI document, as the Postman generator needs them. */
import { isObject, resolve as resolveNode, type Json } from '../../src/contract-gate/json.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface SpecOperation {
  operationId: string;
  method: string;
  /** The path as Postman writes it: `{id}` becomes `:id`. */
  postmanPath: string;
  /** The success the flow expects: the operation's first documented 2xx. */
  status: number;
  /** Response headers the spec documents, per status. */
  headers: Record<number, string[]>;
  /** Whether every security alternative needs an OAuth 2 access token. */
  needsAccessToken: boolean;
}

/** Follows local `#/...` references (the bundles keep shared parts as references); {} when absent. */
const resolve = (doc: Json, node: unknown): Json => resolveNode(doc, node).node;

export function specOperations(doc: Json): SpecOperation[] {
  const schemes = resolve(doc, resolve(doc, doc.components).securitySchemes);
  const rootSecurity = Array.isArray(doc.security) ? doc.security : [];
  const operations: SpecOperation[] = [];
  for (const [apiPath, itemNode] of Object.entries(resolve(doc, doc.paths))) {
    const item = resolve(doc, itemNode);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      const responses = resolve(doc, operation.responses);
      const status = Object.keys(responses)
        .map(Number)
        .filter((code) => code >= 200 && code < 300)
        .sort((a, b) => a - b)[0];
      if (status === undefined) throw new Error(`${operation.operationId} documents no 2xx answer`);
      const security: unknown[] = Array.isArray(operation.security) ? operation.security : rootSecurity;
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        postmanPath: apiPath.replace(/\{([^}]+)\}/g, ':$1'),
        status,
        headers: Object.fromEntries(
          Object.entries(responses).map(([code, response]) => [
            Number(code),
            Object.keys(resolve(doc, resolve(doc, response).headers)),
          ]),
        ),
        needsAccessToken:
          security.length > 0 &&
          security.every((requirement) =>
            Object.keys(isObject(requirement) ? requirement : {}).some(
              (scheme) => resolve(doc, schemes[scheme]).type === 'oauth2',
            ),
          ),
      });
    }
  }
  return operations;
}
