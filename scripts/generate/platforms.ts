/**
 * Per-platform bundles (docs/platforms.md): for each platform of SG-02, every service's bundle
 * and the merged document, saying exactly what that platform sends and receives.
 * `generated/platforms/<platform>/<service>.yaml` and `generated/platforms/<platform>/api.yaml`.
 *
 * - `{platform}` is fixed: paths are literal (`/api/android/v1/...`), the platform parameter is
 *   gone, so Prism and Dredd need no value for it and another platform's URL is unknown (404).
 * - Anything marked `x-platforms` (a security scheme, a parameter, a response header, an
 *   example) stays only in the bundles of the platforms it lists; the marks themselves go.
 * - A security requirement stays only when every scheme it names stays; an operation left with
 *   no requirement for a platform fails generation (it could not be called there).
 */
import { parse, stringify } from 'yaml';
import { platforms, type Platform } from '../../src/config.ts';
import { follow } from '../../rules/lib/json-pointer.js';
import { isObject, type Json } from '../../src/contract-gate/json.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Whether a node (a reference is followed) is marked for other platforms only. */
function excluded(document: Json, node: unknown, platform: Platform): boolean {
  const target = follow(document, node).node;
  if (!isObject(target) || !Array.isArray(target['x-platforms'])) return false;
  return !target['x-platforms'].includes(platform);
}

/** A copy of `node` without what is marked for other platforms, and without the marks. */
function prune(document: Json, node: unknown, platform: Platform): unknown {
  if (Array.isArray(node)) {
    return node
      .filter((item) => !excluded(document, item, platform))
      .map((item) => prune(document, item, platform));
  }
  if (!isObject(node)) return node;
  const kept: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-platforms' || excluded(document, value, platform)) continue;
    kept[key] = prune(document, value, platform);
  }
  return kept;
}

/** The requirements whose schemes all exist in the (pruned) document. */
function requirementsOn(requirements: unknown, schemes: Json): Json[] | undefined {
  if (!Array.isArray(requirements)) return undefined;
  return requirements.filter(
    (requirement): requirement is Json =>
      isObject(requirement) && Object.keys(requirement).every((scheme) => scheme in schemes),
  );
}

/**
 * The scopes a kept scheme takes from a dropped oauth2 scheme (`x-scopes-of`): an apiKey lists
 * none, so a bundle without the oauth2 scheme states the operation's roles as `x-scopes`.
 */
function borrowedScopes(kept: readonly Json[], schemes: Json, declared: readonly unknown[]): string[] {
  const lenders = kept.flatMap((requirement) =>
    Object.keys(requirement).flatMap((scheme) => {
      const lender = isObject(schemes[scheme]) ? schemes[scheme]['x-scopes-of'] : undefined;
      return typeof lender === 'string' && !(lender in schemes) ? [lender] : [];
    }),
  );
  const scopes = declared.flatMap((requirement) =>
    isObject(requirement)
      ? lenders.flatMap((lender) =>
          Array.isArray(requirement[lender]) ? requirement[lender].map(String) : [],
        )
      : [],
  );
  return [...new Set(scopes)];
}

/** Whether a parameter (a reference is followed) is the `{platform}` path parameter. */
function isPlatformParameter(document: Json, parameter: unknown): boolean {
  const target = follow(document, parameter).node;
  return isObject(target) && target.in === 'path' && target.name === 'platform';
}

/** One document as `platform` sees it. */
export function forPlatform(source: Json, platform: Platform, name: string): Json {
  const document = prune(source, source, platform) as Json;
  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const rootSecurity = requirementsOn(document.security, schemes);
  if (rootSecurity) document.security = rootSecurity;
  const paths: Json = {};
  for (const [template, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue;
    const withoutPlatform = (parameters: unknown) =>
      Array.isArray(parameters)
        ? parameters.filter((parameter) => !isPlatformParameter(source, parameter))
        : parameters;
    if (item.parameters !== undefined) item.parameters = withoutPlatform(item.parameters);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      if (operation.parameters !== undefined) operation.parameters = withoutPlatform(operation.parameters);
      const declared = operation.security ?? source.security;
      const kept = requirementsOn(operation.security, schemes);
      if (kept) operation.security = kept;
      const scopes = borrowedScopes(kept ?? [], schemes, Array.isArray(declared) ? declared : []);
      if (scopes.length > 0) operation['x-scopes'] = scopes;
      if (Array.isArray(declared) && declared.length > 0 && (kept ?? rootSecurity)?.length === 0) {
        throw new Error(
          `${name}: ${method.toUpperCase()} ${template} has no security requirement for ${platform}`,
        );
      }
    }
    paths[template.replaceAll('{platform}', platform)] = item;
  }
  document.paths = paths;
  if (isObject(components.parameters)) {
    components.parameters = Object.fromEntries(
      Object.entries(components.parameters).filter(
        ([, parameter]) => !isPlatformParameter(source, parameter),
      ),
    );
  }
  // Example URLs and messages name android; each platform's bundle names its own.
  return JSON.parse(JSON.stringify(document).replaceAll('/api/android/', `/api/${platform}/`)) as Json;
}

/**
 * Every per-platform file, by path under generated/: each service's bundle and the merged
 * document (`merged`: the text of generated/api.merged.yaml), each starting with `banner`.
 */
export function platformBundles(
  documents: ReadonlyMap<string, Json>,
  merged: string,
  banner: (source: string) => string,
): Map<string, string> {
  const files = new Map<string, string>();
  const all = parse(merged) as Json;
  for (const platform of platforms) {
    for (const [service, document] of documents) {
      const bundle = forPlatform(document, platform, `spec/${service}.yaml`);
      files.set(
        `platforms/${platform}/${service}.yaml`,
        banner(`spec/${service}.yaml, for ${platform}`) + stringify(bundle, { aliasDuplicateObjects: false }),
      );
    }
    const api = forPlatform(all, platform, 'generated/api.merged.yaml');
    api.info = {
      ...(isObject(api.info) ? api.info : {}),
      title: `Delivery platform API for ${platform} (all services)`,
    };
    files.set(
      `platforms/${platform}/api.yaml`,
      banner(`spec/*.yaml, for ${platform}`) + stringify(api, { aliasDuplicateObjects: false }),
    );
  }
  return files;
}
