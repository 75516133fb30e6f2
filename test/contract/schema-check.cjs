'use strict';
/**
 * The contract tests' full-schema check (SG-15 seen from outside): a real response against
 * the schema that the bundle documents for that operation and status, with ajv (allErrors,
 * formats). Dredd itself only compares a body with the example's shape; this sees the schema.
 * CommonJS because Dredd `require`s its hook files; typed by schema-check.d.cts.
 */
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const { escapeToken, follow, pointerTarget } = require('../../rules/lib/json-pointer.js');

const BUNDLE_ID = 'urn:contract:bundle';

/** `data.0.created_at` from ajv's `/data/0/created_at` (the dotted style of the 422 body). */
function fieldOf(instancePath, child) {
  const tokens = instancePath.split('/').slice(1);
  if (child !== undefined) tokens.push(child);
  return tokens.length === 0 ? '(body)' : tokens.join('.');
}

/** One readable line per ajv error, naming the field. */
function describeError(error) {
  switch (error.keyword) {
    case 'required':
      return `${fieldOf(error.instancePath, error.params.missingProperty)}: is required but missing`;
    case 'additionalProperties':
      return `${fieldOf(error.instancePath, error.params.additionalProperty)}: is not in the schema (additionalProperties: false)`;
    default:
      return `${fieldOf(error.instancePath)}: ${error.message}${error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`;
  }
}

/** `data.0.x: m`, `data.1.x: m`... become one line, `data.*.x: m (in 2 items, first data.0.x)`. */
function collapseItems(lines) {
  const groups = new Map();
  for (const line of lines) {
    const [field] = line.split(':', 1);
    const key = `${field.replace(/\.\d+(?=\.|$)/g, '.*')}${line.slice(field.length)}`;
    const group = groups.get(key) ?? { first: field, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups].map(([key, { first, count }]) =>
    count === 1 ? key.replace(/^[^:]*/, first) : `${key} (in ${count} items, first ${first})`,
  );
}

/**
 * A header value as its schema's type: headers are text, so `Retry-After: 42` is the integer 42
 * for a `type: integer` schema (OpenAPI's simple style). Text that is no such value stays text,
 * and the schema then rejects it.
 */
function headerValue(value, schema) {
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function mediaTypeOf(contentType) {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function isJson(mediaType) {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** Builds the checker for one bundled OpenAPI 3.0 document (every `$ref` inside it). */
function createSchemaCheck(document) {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
  addFormats(ajv);
  // OpenAPI's own formats and annotation keywords, so that strict mode still rejects a typo.
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addVocabulary(['example', 'xml', 'externalDocs']);
  // The root holds only what `$ref`s point into; its two keys are containers, not keywords.
  ajv.addVocabulary(['paths', 'components']);
  ajv.addSchema({ paths: document.paths ?? {}, components: document.components ?? {} }, BUNDLE_ID);
  const validators = new Map();

  function validatorAt(pointer) {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${BUNDLE_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  }

  /** The documented response (`$ref`s followed) and its JSON Pointer, or undefined. */
  function responseFor(method, path, status) {
    const operationPointer = `/paths/${escapeToken(path)}/${method.toLowerCase()}`;
    const responses = pointerTarget(document, `${operationPointer}/responses`);
    if (!responses) return undefined;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find(
      (candidate) => candidate in responses,
    );
    if (key === undefined) return undefined;
    const { node: response, pointer } = follow(
      document,
      responses[key],
      `${operationPointer}/responses/${escapeToken(key)}`,
    );
    return response ? { pointer, response } : undefined;
  }

  /**
   * Every way the real response breaks the contract, one line each (empty: it conforms).
   * `path` is the path template as documented, `expectedStatus` the status the test meant.
   */
  function check({ method, path, expectedStatus, status, headers = {}, body }) {
    const problems = [];
    if (expectedStatus !== undefined && Number(status) !== Number(expectedStatus)) {
      problems.push(`status: expected ${expectedStatus}, got ${status}`);
    }
    const documented = responseFor(method, path, status);
    if (!documented) {
      problems.push(`status: ${status} is not documented for ${method.toUpperCase()} ${path}`);
      return problems;
    }
    const lowerHeaders = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    for (const [name, entry] of Object.entries(documented.response.headers ?? {})) {
      const { pointer, node: header } = follow(
        document,
        entry,
        `${documented.pointer}/headers/${escapeToken(name)}`,
      );
      const value = lowerHeaders[name.toLowerCase()];
      if (value === undefined) {
        if (header?.required) problems.push(`header ${name}: is required but missing`);
        continue;
      }
      if (header?.schema) {
        const validate = validatorAt(`${pointer}/schema`);
        const schema = follow(document, header.schema).node;
        if (!validate(headerValue(value, schema)))
          problems.push(...validate.errors.map((error) => `header ${name}: ${error.message}`));
      }
    }
    const content = documented.response.content;
    const text = body ?? '';
    if (!content || Object.keys(content).length === 0) {
      if (text.length > 0)
        problems.push(`body: status ${status} documents no body, got ${text.length} characters`);
      return problems;
    }
    const mediaType = mediaTypeOf(lowerHeaders['content-type']);
    if (!(mediaType in content)) {
      problems.push(
        `content-type: got '${mediaType || '(none)'}', documented ${Object.keys(content).join(', ')}`,
      );
      return problems;
    }
    if (!isJson(mediaType) || !content[mediaType].schema) return problems;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push(`body: is not valid JSON (${error.message})`);
      return problems;
    }
    const validate = validatorAt(`${documented.pointer}/content/${escapeToken(mediaType)}/schema`);
    if (!validate(parsed)) problems.push(...collapseItems(validate.errors.map(describeError)));
    return problems;
  }

  return { check, responseFor };
}

module.exports = { createSchemaCheck, mediaTypeOf };
