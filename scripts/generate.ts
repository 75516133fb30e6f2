/**
 * Writes generated/ from the specs in spec/: for each service spec, the TypeScript types
 * (openapi-typescript), a bundled single-file spec (runtime, Dredd, Prism) and the operation
 * table the runtime routes by, and the validators compiled ahead of time (generate/validators.ts).
 * `--check` writes nothing and fails when generated/ is stale.
 */
import { readdir, readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundle, createConfig } from '@redocly/openapi-core';
import { stringify } from 'yaml';
import * as prettier from 'prettier';
import { renderHaproxyConfig } from '../src/gateway/haproxy.ts';
import { follow } from '../rules/lib/json-pointer.js';
import { platformBundles } from './generate/platforms.ts';
import { validatorsModule } from './generate/validators.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specDir = path.join(root, 'spec');
const outDir = path.join(root, 'generated');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

type Json = Record<string, unknown>;

function header(source: string, commentStart: string): string {
  return (
    `${commentStart} GENERATED FILE, DO NOT EDIT. Source: ${source}. Regenerate with \`npm run generate\`;\n` +
    `${commentStart} CI fails when this file is stale (\`npm run generate -- --check\`).\n`
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `#/...` reference of the bundled document; the node must be an object. */
function deref(doc: Json, node: unknown): Json {
  const { node: target } = follow(doc, node);
  if (!isObject(target)) throw new Error('unresolvable reference');
  return target;
}

interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  expressPath: string;
  security: { scheme: string; scopes: string[] }[][];
  authenticated: boolean;
  statuses: number[];
  requestMediaTypes: string[];
  queryDefaults: string[];
  /** From `x-deprecation`: answered as Deprecation, Sunset and Link headers (RFC 9745, RFC 8594). */
  deprecation: { since: string; sunset: string; successorPath: string } | null;
}

function operationTable(doc: Json): OperationRow[] {
  const rows: OperationRow[] = [];
  const pendingDeprecations = new Map<string, Json>();
  const rootSecurity = Array.isArray(doc.security) ? doc.security : [];
  for (const [apiPath, pathItemNode] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const pathItem = deref(doc, pathItemNode);
    const sharedParameters: unknown[] = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      if (typeof operation.operationId !== 'string') {
        throw new Error(`${method.toUpperCase()} ${apiPath} has no operationId`);
      }
      const ownParameters: unknown[] = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = [...sharedParameters, ...ownParameters];
      const queryDefaults = parameters
        .map((parameter) => deref(doc, parameter))
        .filter((parameter) => parameter.in === 'query' && isObject(parameter.schema))
        .filter((parameter) => deref(doc, parameter.schema).default !== undefined)
        .map((parameter) => String(parameter.name));
      const schemes =
        isObject(doc.components) && isObject(doc.components.securitySchemes)
          ? doc.components.securitySchemes
          : {};
      const declared = (Array.isArray(operation.security) ? operation.security : rootSecurity).map(
        (requirement: unknown) =>
          Object.entries(isObject(requirement) ? requirement : {}).map(([scheme, scopes]) => ({
            scheme,
            scopes: Array.isArray(scopes) ? scopes.map(String) : [],
          })),
      );
      // A scheme with `x-scopes-of: <oauth2 scheme>` carries that scheme's access token (an apiKey
      // lists no scopes): the scopes the operation lists for the oauth2 scheme apply to it too.
      const scopesOf = (name: string): string[] => [
        ...new Set(declared.flat().flatMap(({ scheme, scopes }) => (scheme === name ? scopes : []))),
      ];
      const security = declared.map((requirement) =>
        requirement.map(({ scheme, scopes }) => {
          const tokenOf = deref(doc, schemes[scheme])['x-scopes-of'];
          return typeof tokenOf === 'string' ? { scheme, scopes: scopesOf(tokenOf) } : { scheme, scopes };
        }),
      );
      // An operation is authenticated when every alternative needs an access token.
      const authenticated =
        security.length > 0 &&
        security.every((requirement) =>
          requirement.some(({ scheme }) => {
            const definition = deref(doc, schemes[scheme]);
            return definition.type === 'oauth2' || typeof definition['x-scopes-of'] === 'string';
          }),
        );
      const requestBody = operation.requestBody ? deref(doc, operation.requestBody) : undefined;
      rows.push({
        operationId: operation.operationId,
        method,
        path: apiPath,
        expressPath: apiPath.replace(/\{([^}]+)\}/g, ':$1'),
        security,
        authenticated,
        statuses: Object.keys(isObject(operation.responses) ? operation.responses : {})
          .map(Number)
          .sort((a, b) => a - b),
        requestMediaTypes:
          requestBody && isObject(requestBody.content) ? Object.keys(requestBody.content) : [],
        queryDefaults,
        deprecation: null,
      });
      const deprecation = operation['x-deprecation'];
      if (isObject(deprecation)) pendingDeprecations.set(operation.operationId, deprecation);
    }
  }
  // Successors are named by operationId; resolve each to its path once every row is known.
  for (const row of rows) {
    const pending = pendingDeprecations.get(row.operationId);
    if (!pending) continue;
    const successor = rows.find((candidate) => candidate.operationId === pending.successor);
    if (!successor) {
      throw new Error(
        `${row.operationId}: x-deprecation.successor '${String(pending.successor)}' is not an operationId`,
      );
    }
    const date = (value: unknown, name: string): string => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw new Error(`${row.operationId}: x-deprecation.${name} must be a YYYY-MM-DD date`);
      }
      return value;
    };
    row.deprecation = {
      since: date(pending.since, 'since'),
      sunset: date(pending.sunset, 'sunset'),
      successorPath: successor.path,
    };
  }
  return rows;
}

function pascal(name: string): string {
  return name.replace(/(^|[-_])([a-z])/g, (_match, _sep, letter: string) => letter.toUpperCase());
}

function operationsModule(service: string, source: string, rows: OperationRow[]): string {
  const Service = pascal(service);
  const authenticated = rows.map((row) => `  ${row.operationId}: ${String(row.authenticated)};`).join('\n');
  const defaults = rows
    .map(
      (row) =>
        `  ${row.operationId}: ${row.queryDefaults.map((name) => `'${name}'`).join(' | ') || 'never'};`,
    )
    .join('\n');
  return `${header(source, '//')}
import type { operations } from './${service}.ts';
import type { OperationHandler, OperationSpec } from '../src/runtime/handler-types.ts';

/** Every operation of the ${service} service, as the runtime routes and checks it. */
export const ${service}Operations = ${JSON.stringify(rows, null, 2)} as const satisfies readonly OperationSpec[];

export type ${Service}OperationId = (typeof ${service}Operations)[number]['operationId'];

/** Query parameters that the spec gives a default, so they always reach the handler. */
export interface ${Service}QueryDefaults {
${defaults}
}

/** Whether the operation always runs with an authenticated principal (its spec requires an access token). */
export interface ${Service}Authenticated {
${authenticated}
}

/** The handler table of the ${service} service: one typed handler per operationId, none missing. */
export type ${Service}Handlers = {
  [K in ${Service}OperationId]: OperationHandler<operations[K], ${Service}QueryDefaults[K], ${Service}Authenticated[K]>;
};
`;
}

async function listServices(): Promise<string[]> {
  const entries = await readdir(specDir);
  return entries
    .filter((name) => /^[a-z][a-z0-9-]*\.yaml$/.test(name))
    .map((name) => name.replace(/\.yaml$/, ''));
}

interface Rendered {
  files: Map<string, string>;
  document: Json;
  operations: OperationRow[];
}

async function render(service: string): Promise<Rendered> {
  const source = `spec/${service}.yaml`;
  const config = await createConfig({});
  const { bundle: bundled, problems } = await bundle({ ref: path.join(specDir, `${service}.yaml`), config });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${source}: ${errors.map((problem) => problem.message).join('; ')}`);
  }
  const doc = bundled.parsed as Json;
  const files = new Map<string, string>();
  files.set(`${service}.bundle.yaml`, header(source, '#') + stringify(doc, { aliasDuplicateObjects: false }));

  const ast = await openapiTS(new URL(`file://${path.join(specDir, `${service}.yaml`)}`), {
    alphabetize: false,
    exportType: false,
  });
  files.set(`${service}.ts`, header(source, '//') + astToString(ast));
  const operations = operationTable(doc);
  files.set(`${service}.operations.ts`, operationsModule(service, source, operations));

  const prettierOptions = (await prettier.resolveConfig(path.join(outDir, 'x.ts'))) ?? {};
  for (const [name, text] of files) {
    if (name.endsWith('.ts')) {
      files.set(name, await prettier.format(text, { ...prettierOptions, filepath: path.join(outDir, name) }));
    }
  }
  return { files, document: doc, operations };
}

/**
 * The gateway's route map (HAProxy `map` file): the first path segment after
 * `/api/{platform}/v{n}/` of every operation, to the backend of the service that owns it.
 * Generated from the specs, so a new path can never be unrouted.
 */
function gatewayMap(rendered: ReadonlyMap<string, Rendered>): string {
  const owners = new Map<string, string>();
  for (const [service, { operations }] of rendered) {
    for (const operation of operations) {
      const segment = /^\/api\/\{platform\}\/v\d+\/([^/]+)/.exec(operation.path)?.[1];
      if (!segment)
        throw new Error(`${service}: ${operation.path} is not /api/{platform}/v{n}/<segment>/...`);
      const owner = owners.get(segment);
      if (owner && owner !== service)
        throw new Error(`path segment '${segment}' is served by both ${owner} and ${service}`);
      owners.set(segment, service);
    }
  }
  const lines = [...owners]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([segment, service]) => `${segment} ${service}`);
  return `${header('spec/*.yaml', '#')}# <first path segment after /api/{platform}/v{n}/> <backend>\n${lines.join('\n')}\n`;
}

/** One document with every service's paths, for the mock and the docs page; component names must not clash. */
function mergedBundle(rendered: ReadonlyMap<string, Rendered>): string {
  const tags: Json[] = [];
  const paths: Json = {};
  const components: Record<string, Json> = {};
  for (const [service, { document }] of rendered) {
    for (const tag of Array.isArray(document.tags) ? (document.tags as unknown[]) : []) {
      if (isObject(tag) && !tags.some((seen) => seen.name === tag.name)) tags.push(tag);
    }
    for (const [apiPath, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
      if (paths[apiPath]) throw new Error(`${service}: path ${apiPath} is already served by another service`);
      paths[apiPath] = item;
    }
    for (const [section, entries] of Object.entries(
      isObject(document.components) ? document.components : {},
    )) {
      const target = (components[section] ??= {});
      for (const [name, value] of Object.entries(isObject(entries) ? entries : {})) {
        if (target[name] !== undefined && JSON.stringify(target[name]) !== JSON.stringify(value)) {
          throw new Error(
            `${service}: components.${section}.${name} differs from another service's; give it a distinct name`,
          );
        }
        target[name] = value;
      }
    }
  }
  const merged = {
    openapi: '3.0.3',
    info: {
      title: 'Delivery platform API (all services)',
      version: '1.0.0',
      description: `Every service of the platform in one document: ${[...rendered.keys()].join(', ')}. Generated for the mock and the docs; the per-service specs in spec/ are the source.`,
    },
    servers: [{ url: 'http://localhost:4010', description: 'Prism mock (`npm run mock`)' }],
    // Every service declares the same root security (each platform's app token).
    security: [...rendered.values()][0]?.document.security,
    tags,
    paths,
    components,
  };
  return header('spec/*.yaml', '#') + stringify(merged, { aliasDuplicateObjects: false });
}

/**
 * Types of every released contract (contracts/<service>.<version>.lock.yaml), so a test can be
 * an old client typed from what was released, not from today's spec.
 */
async function lockTypes(): Promise<Map<string, string>> {
  const contractsDir = path.join(root, 'contracts');
  const locks = (await readdir(contractsDir).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.lock.yaml'),
  );
  const files = new Map<string, string>();
  const prettierOptions = (await prettier.resolveConfig(path.join(outDir, 'x.ts'))) ?? {};
  for (const lock of locks) {
    const ast = await openapiTS(new URL(`file://${path.join(contractsDir, lock)}`), {
      alphabetize: false,
      exportType: false,
    });
    const name = lock.replace(/\.yaml$/, '.ts');
    files.set(
      name,
      await prettier.format(header(`contracts/${lock}`, '//') + astToString(ast), {
        ...prettierOptions,
        filepath: path.join(outDir, name),
      }),
    );
  }
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const services = await listServices();
  const wanted = new Map<string, string>();
  const rendered = new Map<string, Rendered>();
  for (const service of services) {
    const result = await render(service);
    rendered.set(service, result);
    for (const [name, text] of result.files) wanted.set(name, text);
  }
  wanted.set('gateway.map', gatewayMap(rendered));
  // The gateway of docker-compose.yml: one backend per service, by its compose host name.
  wanted.set(
    'haproxy.compose.cfg',
    renderHaproxyConfig({
      listen: '0.0.0.0:8080',
      metricsListen: '0.0.0.0:8405',
      mapFile: '/usr/local/etc/haproxy/gateway.map',
      backends: Object.fromEntries(services.map((service) => [service, [`${service}:8080`]])),
    }),
  );
  for (const [name, text] of await lockTypes()) wanted.set(name, text);
  for (const [service, { document }] of rendered) {
    const source = `spec/${service}.yaml`;
    wanted.set(`${service}.validators.ts`, await validatorsModule(service, document, header(source, '//')));
  }
  wanted.set('api.merged.yaml', mergedBundle(rendered));
  const documents = new Map([...rendered].map(([service, { document }]) => [service, document]));
  for (const [name, text] of platformBundles(documents, mergedBundle(rendered), (source) =>
    header(source, '#'),
  ))
    wanted.set(name, text);
  const present = (await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .filter((name) => name !== 'README.md');
  const stale = [
    ...[...wanted.keys()].filter((name) => !present.includes(name)).map((name) => `${name} is missing`),
    ...present.filter((name) => !wanted.has(name)).map((name) => `${name} has no source spec`),
  ];
  for (const [name, text] of wanted) {
    if (!present.includes(name)) continue;
    const current = await readFile(path.join(outDir, name), 'utf8');
    if (current !== text) stale.push(`${name} differs from what spec/ generates`);
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `generated/ is stale:\n  ${stale.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`generated/ is up to date (${wanted.size} files from ${services.length} specs)`);
    return;
  }
  await mkdir(outDir, { recursive: true });
  for (const name of present.filter((file) => !wanted.has(file))) await rm(path.join(outDir, name));
  for (const [name, text] of wanted) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
    await writeFile(path.join(outDir, name), text);
  }
  console.log(
    `wrote ${wanted.size} files to generated/ from ${services.map((s) => `spec/${s}.yaml`).join(', ')}`,
  );
}

await main();
