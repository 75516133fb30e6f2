/**
 * Which credential a request to the mock lacks, read from a per-platform bundle's security.
 * Prism answers a failed security check with the first example of the operation's 401 whatever
 * failed; the mock asks for the example that names what is really missing (`x-missing-example`
 * of the first unmet scheme, in the order the spec lists them: app token, access token, CSRF).
 */
import { resolve, type Json } from '../../src/contract-gate/json.ts';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Scheme {
  type?: string;
  in?: string;
  name?: string;
  'x-missing-example'?: string;
}

interface Route {
  method: string;
  pattern: RegExp;
  requirements: Scheme[][];
  /** The example names of the operation's documented 401. */
  examples: ReadonlySet<string>;
}

/** What the mock sees of a request: its method, path and headers (lower-case names). */
export interface MockRequest {
  method: string;
  path: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

function header(request: MockRequest, name: string): string {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** The same test Prism's security validator makes for each kind of scheme. */
function present(scheme: Scheme, request: MockRequest): boolean {
  if (scheme.type === 'oauth2') return /^Bearer\s.+$/.test(header(request, 'authorization'));
  if (scheme.type === 'apiKey' && scheme.in === 'header') return header(request, scheme.name ?? '') !== '';
  if (scheme.type === 'apiKey' && scheme.in === 'cookie') {
    return header(request, 'cookie')
      .split(';')
      .some(
        (pair) =>
          pair.trim().startsWith(`${scheme.name ?? ''}=`) && pair.trim().length > `${scheme.name}=`.length,
      );
  }
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads every operation's security and 401 examples from a per-platform bundle. */
export function missingCredentialFinder(bundle: Json): (request: MockRequest) => string | undefined {
  const deref = (node: unknown): Json => resolve(bundle, node).node;
  const schemes = deref(deref(bundle.components).securitySchemes);
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(deref(bundle.paths))) {
    const pattern = new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+')}/?$`,
    );
    for (const method of METHODS) {
      const operation = deref(deref(item)[method]);
      if (Object.keys(operation).length === 0) continue;
      const declared = operation.security ?? bundle.security;
      const requirements = (Array.isArray(declared) ? declared : []).map((requirement) =>
        Object.keys(deref(requirement)).map((name) => deref(schemes[name]) as Scheme),
      );
      const unauthorized = deref(deref(deref(operation.responses)['401']).content);
      const examples = new Set(Object.keys(deref(deref(unauthorized['application/json']).examples)));
      routes.push({ method: method.toUpperCase(), pattern, requirements, examples });
    }
  }
  return (request) => {
    const route = routes.find(
      (candidate) => candidate.method === request.method && candidate.pattern.test(request.path),
    );
    if (!route || route.requirements.length === 0) return undefined;
    const unmet = route.requirements.map((requirement) =>
      requirement.filter((scheme) => !present(scheme, request)),
    );
    if (unmet.some((schemesLeft) => schemesLeft.length === 0)) return undefined;
    const example = unmet[0]?.[0]?.['x-missing-example'];
    return example !== undefined && route.examples.has(example) ? example : undefined;
  };
}
