/**
 * `generated/<service>.validators.ts`: every request and response validator of a service,
 * compiled ahead of time with ajv's standalone code, so that start-up compiles nothing.
 *
 * The schemas are openapi-backend's own (its dereferencing, its request schema of
 * `{path, query, header, cookie}` and of `{requestBody}`, its ajv options), so validation
 * behaves exactly as it did when the runtime compiled them at start: openapi-backend runs here,
 * at generate time, with an ajv stand-in that records each schema instead of compiling it.
 * Each recorded schema is then compiled by a fresh ajv with the same options and written out
 * as standalone code; identical validators (error bodies shared by every operation) are
 * written once.
 */
import Ajv, { _, type Options } from 'ajv';
import ajvFormats from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import { grantsOf } from '../../src/runtime/stages/grant-type.ts';
import { integerSchemaOf } from '../../src/runtime/stages/strict-integers.ts';

// ajv, ajv-formats and ajv's standalone are CommonJS: under Node's ESM interop the default
// import is the module object.
const AjvClass = Ajv as unknown as typeof Ajv.default;
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

/** The runtime's ajv options (they were createValidator's in src/runtime/stages/mount.ts). */
const AJV_OPTIONS: Options = { allErrors: true, useDefaults: true, strict: false };

/** What openapi-backend asked to compile: a schema and the options of its ajv. */
interface Recorded {
  schema: object;
  options: Options;
}

type Json = Record<string, unknown>;

interface ParameterObject {
  in?: string;
  name?: string;
  schema?: { type?: string; minimum?: number; items?: { type?: string } };
}

/** Each security scheme's `x-platforms`, for the ones that list them. */
function schemePlatformsOf(document: Json): Record<string, string[]> {
  const components = (document.components ?? {}) as { securitySchemes?: Record<string, Json> };
  const platforms: Record<string, string[]> = {};
  for (const [name, scheme] of Object.entries(components.securitySchemes ?? {})) {
    const listed = scheme['x-platforms'];
    if (Array.isArray(listed)) platforms[name] = listed.map(String);
  }
  return platforms;
}

/**
 * maxLength and minLength count code points (JSON Schema), so ajv calls its ucs2length helper,
 * a loop over every character, for each: 40% of a product page's response validation. A
 * string's code points are at most its length and at least half of it, so most checks are
 * decided by `length` alone, and only the rest count: `n(x) > max` becomes
 * `(x.length > max && n(x) > max)`, `n(x) < min` becomes `(x.length < 2 * min && n(x) < min)`.
 * The same answers, exactly (test/unit/length-checks.test.ts).
 */
export function boundLengthChecks(code: string): string {
  const helper = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code)?.[1];
  if (!helper) return code;
  return code
    .replaceAll(
      new RegExp(`${helper}\\((\\w+)\\) > (\\d+)`, 'g'),
      (_match, value: string, max: string) => `(${value}.length > ${max} && ${helper}(${value}) > ${max})`,
    )
    .replaceAll(
      new RegExp(`${helper}\\((\\w+)\\) < (\\d+)`, 'g'),
      (_match, value: string, min: string) =>
        `(${value}.length < ${2 * Number(min)} && ${helper}(${value}) < ${min})`,
    );
}

function compileStandalone(recorded: Recorded): string {
  const ajv = new AjvClass({
    ...recorded.options,
    // Formats are referenced, not copied: ajv-formats' own 'fast' set, loaded by the module.
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fastFormats` },
  });
  // 'fast' formats: simpler regular expressions, still a date-time, a uri, an email.
  addFormats(ajv, { mode: 'fast' });
  const validate = ajv.compile(recorded.schema);
  const code = standaloneCode(ajv, validate);
  // The standalone module's exports become the return value of a function scope of its own.
  const match = /^"use strict";export const validate = (\w+);export default \1;/.exec(code);
  if (!match?.[1]) throw new Error('unexpected ajv standalone output');
  return `${boundLengthChecks(code.slice(match[0].length))}return ${match[1]};`;
}

/** The validator module of one service, from its bundled document. */
export async function validatorsModule(service: string, document: Json, header: string): Promise<string> {
  const recorded = new Map<object, Recorded>();
  const api = new OpenAPIBackend({
    definition: structuredClone(document) as unknown as Document,
    strict: true,
    validate: true,
    coerceTypes: true,
    ajvOpts: AJV_OPTIONS,
    customizeAjv: (_ajv, options) =>
      ({
        compile(schema: object) {
          const stand = function recordedSchema() {
            return true;
          };
          recorded.set(stand, { schema, options: { ...options } });
          return stand;
        },
      }) as unknown as ReturnType<
        NonNullable<ConstructorParameters<typeof OpenAPIBackend>[0]['customizeAjv']>
      >,
  });
  await api.init();

  const names = new Map<string, string>();
  const scopes: string[] = [];
  const nameOf = (validator: unknown): string => {
    const entry = recorded.get(validator as object);
    if (!entry) throw new Error(`${service}: a validator was not recorded`);
    const code = compileStandalone(entry);
    let name = names.get(code);
    if (!name) {
      name = `v${names.size}`;
      names.set(code, name);
      scopes.push(`const ${name} = (() => {${code}})();`);
    }
    return name;
  };

  const rows: string[] = [];
  for (const operation of api.getOperations()) {
    const { operationId } = operation;
    if (!operationId) continue;
    const request = (api.validator.getRequestValidatorsForOperation(operationId) ?? []).map(nameOf);
    const responses: string[] = [];
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const content = (response as { content?: Record<string, { schema?: unknown }> }).content;
      if (!content?.['application/json']?.schema) continue;
      const validator = api.validator.getStatusBasedResponseValidatorForOperation(operationId)?.[status];
      responses.push(`${JSON.stringify(status)}: ${nameOf(validator)}`);
    }
    const parameters = (operation.parameters ?? []) as ParameterObject[];
    const named = (location: string, type?: string): string[] =>
      parameters
        .filter((parameter) => parameter.in === location && parameter.name)
        .filter((parameter) => type === undefined || parameter.schema?.type === type)
        .map(({ name = '' }) => name);
    const badRequest = (operation.responses?.['400'] ?? {}) as {
      content?: { 'application/json'?: { schema?: { required?: string[] } } };
    };
    const grants = grantsOf(operation.requestBody);
    const facts = {
      headerParameters: named('header'),
      cookieParameters: named('cookie'),
      arrayQueryParameters: named('query', 'array'),
      oauthErrors: badRequest.content?.['application/json']?.schema?.required?.includes('error') ?? false,
      // Integer path and query parameters (strict-integers.ts reads them at start-up).
      integerParameters: parameters
        .filter(
          ({ in: location, schema }) =>
            (location === 'path' || location === 'query') && integerSchemaOf(schema),
        )
        .map(({ name, in: location, schema }) => ({ name, in: location, schema })),
      grants: grants ? Object.fromEntries(grants) : null,
    };
    const factText = Object.entries(facts)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join(', ');
    rows.push(
      `  ${operationId}: { request: [${request.join(', ')}], responses: { ${responses.join(', ')} }, ${factText} },`,
    );
  }
  return [
    header,
    '// @ts-nocheck: ajv standalone code (scripts/generate/validators.ts), not written to be type-checked.',
    "import { createRequire } from 'node:module';",
    "import type { SchemePlatforms, ServiceValidation } from '../src/runtime/validation-table.ts';",
    '',
    '// ajv standalone code loads its runtime helpers and formats with require().',
    'const require = createRequire(import.meta.url);',
    ...scopes,
    '',
    `/** The compiled validators and validation facts of every operation of the ${service} service. */`,
    `export const ${service}Validation: ServiceValidation = {`,
    ...rows,
    '};',
    '',
    '/** The platforms each security scheme applies on (its `x-platforms`); absent: every platform. */',
    `export const ${service}SchemePlatforms: SchemePlatforms = ${JSON.stringify(schemePlatformsOf(document))};`,
    '',
  ].join('\n');
}
