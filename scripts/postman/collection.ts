/**
 * The Postman collection: Portman converts the spec (openapi-to-postman underneath) and writes
 * the contract tests of every operation; then each step of the flow (flow.ts) becomes a copy of
 * its operation's request, with the step's parameters, body, bearer token, scripts and checks.
 * Ids that Postman makes up at random are left out, so the file only changes when the spec or
 * the flow does (`npm run postman -- --check`).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { flow, notInFlow, type FlowStep, type Source } from './flow.ts';
import { portmanConfig, postmanConverterConfig, variationSuffix, type ErrorCase } from './portman-config.ts';
import { POSTMAN_PLATFORM, POSTMAN_SOURCE_SPEC } from './source.ts';
import { specOperations, type SpecOperation } from './spec-operations.ts';

type Json = Record<string, unknown>;

interface KeyValue {
  key: string;
  value: string;
  disabled?: boolean;
  description?: unknown;
}

/** The parts of a Postman v2.1 request item this module reads and writes. */
export interface PostmanItem {
  name: string;
  request: {
    method: string;
    description?: unknown;
    url: { host: string[]; path: string[]; query?: KeyValue[]; variable?: KeyValue[] };
    header?: KeyValue[];
    body?: { mode?: string; raw?: string; urlencoded?: KeyValue[]; options?: unknown };
    auth?: unknown;
  };
  event?: { listen: string; script: { exec: string[]; type?: string } }[];
  response?: unknown[];
}

interface PostmanFolder {
  name: string;
  item: (PostmanItem | PostmanFolder)[];
}

const isFolder = (entry: PostmanItem | PostmanFolder): entry is PostmanFolder => 'item' in entry;

/** Runs the Portman CLI in a scratch directory (it writes `tmp/` where it runs) and reads its collection. */
async function runPortman(
  root: string,
  operations: readonly SpecOperation[],
  errorCases: readonly ErrorCase[],
): Promise<PostmanFolder[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'portman-'));
  try {
    const files = {
      portman: path.join(scratch, 'portman-config.json'),
      converter: path.join(scratch, 'postman-config.json'),
      output: path.join(scratch, 'collection.json'),
    };
    await writeFile(files.portman, JSON.stringify(portmanConfig(operations, errorCases)));
    await writeFile(files.converter, JSON.stringify(postmanConverterConfig));
    const run = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.resolve('@apideck/portman/bin/portman')),
        ['--local', path.join(root, POSTMAN_SOURCE_SPEC)],
        ['--output', files.output],
        ['--portmanConfigFile', files.portman],
        ['--postmanConfigFile', files.converter],
        ['--syncPostman', 'false'],
        ['--includeTests', 'true'],
      ].flat(),
      { cwd: scratch, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    if (run.status !== 0)
      throw new Error(`portman failed (${String(run.status)}):\n${run.stdout}${run.stderr}`);
    const collection = JSON.parse(await readFile(files.output, 'utf8')) as { item: PostmanFolder[] };
    return collection.item;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Portman's request of each operation, by `METHOD /path/:param`, and of each error variation, by that and its suffix. */
function requestsByOperation(folders: readonly PostmanFolder[]): Map<string, PostmanItem> {
  const found = new Map<string, PostmanItem>();
  const visit = (entries: readonly (PostmanItem | PostmanFolder)[]): void => {
    for (const entry of entries) {
      if (isFolder(entry)) {
        visit(entry.item);
        continue;
      }
      const variation = /\[expect \d+\]$/.exec(entry.name)?.[0] ?? '';
      found.set(templateKey(entry.request.method, `/${entry.request.url.path.join('/')}`, variation), entry);
    }
  };
  visit(folders);
  return found;
}

const templateKey = (method: string, postmanPath: string, variation: string): string =>
  `${method} ${postmanPath}${variation}`;

function saveLine(variable: string, source: Source): string {
  const value =
    source.from === 'location'
      ? `(pm.response.headers.get('Location') || '').split('/').pop()`
      : `pm.response.json().${source.path}`;
  return `pm.collectionVariables.set('${variable}', ${value});`;
}

/** JSON with `numberVar()` placeholders turned into unquoted Postman variables. */
function jsonBody(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/"\{\{#number (\w+)\}\}"/g, '{{$1}}');
}

export function stepItem(step: FlowStep, operation: SpecOperation, template: PostmanItem): PostmanItem {
  const where = `flow step '${step.name}' (${step.operationId})`;
  // An error step may leave the bearer out on purpose (401.3); a success step must say whose it is.
  const success = step.expect === undefined || step.expect < 300;
  if (
    success ? operation.needsAccessToken !== (step.as !== undefined) : step.as && !operation.needsAccessToken
  ) {
    throw new Error(
      `${where}: the spec ${operation.needsAccessToken ? 'requires' : 'does not take'} an access token; ${
        operation.needsAccessToken ? 'say whose with `as`' : 'drop `as`'
      }`,
    );
  }
  const request = structuredClone(template.request);
  request.url.host = ['{{base_url}}'];
  request.url.variable = (request.url.variable ?? []).map(({ key, description }) => {
    const value = key === 'platform' ? POSTMAN_PLATFORM : step.path?.[key];
    if (value === undefined) throw new Error(`${where}: no value for path parameter '${key}'`);
    return { key, value, description };
  });
  request.url.query = Object.entries(step.query ?? {}).map(([key, value]) => ({ key, value }));
  const headers = (request.header ?? []).filter((header) => !header.disabled);
  for (const [key, value] of Object.entries(step.headers ?? {})) headers.push({ key, value });
  if (step.as) headers.push({ key: 'Authorization', value: `Bearer {{${step.as}_access_token}}` });
  request.header = headers;
  // The collection's X-APP-TOKEN = {{app_token}}, unless the step is about its absence.
  if (step.withoutAppToken) request.auth = { type: 'noauth' };
  else delete request.auth;
  if (step.json !== undefined) {
    request.body = { mode: 'raw', raw: jsonBody(step.json), options: { raw: { language: 'json' } } };
  } else if (step.form !== undefined) {
    request.body = {
      mode: 'urlencoded',
      urlencoded: Object.entries(step.form).map(([key, value]) => ({ key, value })),
    };
  } else if (request.body?.mode !== undefined) {
    throw new Error(`${where}: the operation takes a body; give the step \`json\` or \`form\``);
  } else {
    delete request.body;
  }
  const contractTests = (template.event ?? []).filter((event) => event.listen === 'test');
  const tests = [
    ...contractTests.flatMap((event) => event.script.exec),
    ...Object.entries(step.save ?? {}).map(([variable, source]) => saveLine(variable, source)),
    ...(step.checks ?? []),
  ];
  const event = [
    ...(step.before
      ? [{ listen: 'prerequest', script: { type: 'text/javascript', exec: step.before } }]
      : []),
    { listen: 'test', script: { type: 'text/javascript', exec: tests } },
  ];
  return { name: step.name, request, event };
}

/** Every variable the flow sets, declared empty so Postman lists them. */
function flowVariables(): string[] {
  const names = new Set<string>();
  for (const stage of flow) {
    for (const step of stage.steps) {
      for (const variable of Object.keys(step.save ?? {})) names.add(variable);
      for (const line of step.before ?? []) {
        for (const match of line.matchAll(/collectionVariables\.set\('(\w+)'/g)) names.add(match[1] ?? '');
      }
    }
  }
  return [...names].sort();
}

/** Drops every `id` (Postman makes new ones on import; newman needs none). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, entry]) => [key, withoutIds(entry)]),
  );
}

export const COLLECTION_NAME = `Delivery platform API (${POSTMAN_PLATFORM})`;

export async function buildCollection(root: string): Promise<Json> {
  const doc = parse(await readFile(path.join(root, POSTMAN_SOURCE_SPEC), 'utf8')) as Json;
  const operations = specOperations(doc);
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const used = new Set(flow.flatMap((stage) => stage.steps.map((step) => step.operationId)));
  const missing = operations.filter(
    (operation) => !used.has(operation.operationId) && notInFlow[operation.operationId] === undefined,
  );
  if (missing.length > 0) {
    throw new Error(
      `operations with no step in scripts/postman/flow.ts: ${missing.map((operation) => operation.operationId).join(', ')} ` +
        '(add a step, or list the operation in `notInFlow` with the reason)',
    );
  }
  const errorCases = [
    ...new Map(
      flow
        .flatMap((stage) => stage.steps)
        .flatMap(({ operationId, expect }) =>
          expect !== undefined && expect >= 300
            ? [[`${operationId} ${expect}`, { operationId, status: expect }] as const]
            : [],
        ),
    ).values(),
  ];
  const templates = requestsByOperation(await runPortman(root, operations, errorCases));
  const folders = flow.map((stage) => ({
    name: stage.name,
    description: stage.description,
    item: stage.steps.map((step) => {
      const operation = byId.get(step.operationId);
      if (!operation)
        throw new Error(`flow step '${step.name}': no operation '${step.operationId}' in the spec`);
      const variation = step.expect !== undefined && step.expect >= 300 ? variationSuffix(step.expect) : '';
      const key = templateKey(operation.method, operation.postmanPath, variation);
      const template = templates.get(key);
      if (!template) throw new Error(`portman wrote no request for ${key}`);
      return stepItem(step, operation, template);
    }),
  }));
  const skipped = Object.entries(notInFlow)
    .map(([operationId, reason]) => `- ${operationId}: ${reason}`)
    .join('\n');
  const collection = {
    info: {
      _postman_id: uuidOf(COLLECTION_NAME),
      name: COLLECTION_NAME,
      description:
        `Generated from ${POSTMAN_SOURCE_SPEC} by \`npm run postman\` (Portman); do not edit, regenerate. ` +
        'Run the folders in order (Collection Runner, or newman): each request checks its status, content type, ' +
        'the full JSON schema of its answer and the headers the spec documents, and keeps the tokens and ids ' +
        'later requests use. Pick an environment (local, gateway, mock) and fill `admin_phone`/`admin_password`.\n\n' +
        `Not called on ${POSTMAN_PLATFORM}:\n${skipped}`,
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    auth: {
      type: 'apikey',
      apikey: [
        { key: 'key', value: 'X-APP-TOKEN', type: 'string' },
        { key: 'value', value: '{{app_token}}', type: 'string' },
        { key: 'in', value: 'header', type: 'string' },
      ],
    },
    variable: flowVariables().map((key) => ({ key, value: '' })),
    item: folders,
  };
  return withoutIds(collection) as Json;
}

/** A stable UUID-shaped id from a name (Postman wants one on the collection). */
export function uuidOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
