// Shared helpers for the style-guide rules: operations, path shapes, schemas and exceptions.
// Imported by rules/functions/*.js; Spectral bundles it together with each function.

/** @typedef {Record<string, any>} Obj */
/** @typedef {(string|number)[]} JsonPath */
/** @typedef {{ message: string, path: JsonPath }} Finding */

/** HTTP methods that can hold an operation in an OpenAPI 3.0 path item. */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Platforms allowed in the URL prefix (SG-02). */
export const PLATFORMS = ['android', 'ios', 'web'];

/** Vendor-extension key of an explicit, reasoned rule waiver. */
export const EXCEPTION_KEY = 'x-style-guide-exception';

/** The shortest reason that counts: a waiver must say why, not just "RFC". */
export const MIN_REASON_LENGTH = 10;

/**
 * @param {unknown} value
 * @returns {value is Obj}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every operation of a document, with its path key and method.
 * @param {unknown} doc
 * @returns {{ pathKey: string, method: string, pathItem: Obj, operation: Obj, path: JsonPath }[]}
 */
export function operationsOf(doc) {
  const out = [];
  if (!isObject(doc) || !isObject(doc.paths)) return out;
  for (const [pathKey, pathItem] of Object.entries(doc.paths)) {
    if (pathKey.startsWith('x-') || !isObject(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (isObject(operation))
        out.push({ pathKey, method, pathItem, operation, path: ['paths', pathKey, method] });
    }
  }
  return out;
}

/** @param {string} segment */
export const isParamSegment = (segment) => /^\{[^}]+\}$/.test(segment);

/** @param {string} segment */
export const isVersionSegment = (segment) => /^v\d[\w.-]*$/.test(segment);

/**
 * The segments of a path template, each tagged with its role: the `api` and platform prefix, the version,
 * a `{param}`, or a literal resource/action segment.
 * @param {string} pathKey
 * @returns {{ text: string, index: number, role: 'prefix' | 'version' | 'param' | 'literal' }[]}
 */
export function segmentsOf(pathKey) {
  const parts = pathKey.split('/').filter((s) => s !== '');
  let versionSeen = false;
  return parts.map((text, index) => {
    /** @type {'prefix' | 'version' | 'param' | 'literal'} */
    let role;
    if (!versionSeen && index === 0 && text === 'api') role = 'prefix';
    else if (!versionSeen && index === 1 && parts[0] === 'api') role = 'prefix';
    else if (!versionSeen && isVersionSegment(text)) {
      role = 'version';
      versionSeen = true;
    } else if (isParamSegment(text)) role = 'param';
    else role = 'literal';
    return { text, index, role };
  });
}

/**
 * The segments after the `/api/{platform}/v1` prefix (resource, id and action segments).
 * @param {string} pathKey
 */
export function resourceSegmentsOf(pathKey) {
  return segmentsOf(pathKey).filter((s) => s.role === 'literal' || s.role === 'param');
}

/**
 * 'item' when the path ends in a `{param}`, 'collection' when it ends in a literal (SG-06 shapes).
 * @param {string} pathKey
 * @returns {'item' | 'collection' | 'root'}
 */
export function pathKindOf(pathKey) {
  const rest = resourceSegmentsOf(pathKey);
  const last = rest[rest.length - 1];
  if (last === undefined) return 'root';
  return last.role === 'param' ? 'item' : 'collection';
}

/** Verbs with a fixed meaning in operationIds (SG-06, SG-17..SG-21). Any other verb names an action. */
export const CRUD_VERBS = ['list', 'read', 'create', 'replace', 'update', 'delete'];

/**
 * The leading lower-case verb of a camelCase operationId (`listCountryCity` -> `list`).
 * @param {unknown} operationId
 * @returns {string | undefined}
 */
export function verbOf(operationId) {
  if (typeof operationId !== 'string') return undefined;
  const match = /^([a-z]+)(?=[A-Z0-9]|$)/.exec(operationId);
  return match ? match[1] : undefined;
}

/** The verbs each method may start its operationId with: a known verb on another method is a mistake. */
export const VERBS_BY_METHOD = /** @type {Record<string, string[]>} */ ({
  get: ['list', 'read'],
  post: ['create'],
  put: ['replace', 'update', 'create'],
  patch: ['update'],
  delete: ['delete'],
});

/**
 * What an operation does, from its operationId verb where it is one the ruleset knows (CRUD_VERBS), else from
 * what the spec shows (path shape, response body): 'list' (a paged collection), 'read', 'create', 'update'
 * (replace/update), 'delete' or 'action'. Other teams' verbs (getProduct, findCity) are read from the spec.
 * @param {string} method
 * @param {Obj} operation
 * @param {string} pathKey
 * @returns {'list' | 'read' | 'create' | 'update' | 'delete' | 'action' | 'other'}
 */
export function intentOf(method, operation, pathKey) {
  const verb = verbOf(operation.operationId);
  const known = verb !== undefined && CRUD_VERBS.includes(verb);
  if (method === 'get') {
    if (verb === 'list') return 'list';
    const shown = readShapeOf(operation);
    if (verb === 'read') return shown === 'list' ? 'list' : 'read'; // a data array is a collection in disguise
    return shown ?? (pathKindOf(pathKey) === 'collection' ? 'list' : 'read');
  }
  if (method === 'post') {
    if (verb === 'create') return 'create';
    if (known) return 'action';
    // an unknown verb (addProduct) creates when it answers 201 on /{resource}
    const creates = isObject(operation.responses) && '201' in operation.responses;
    return pathKindOf(pathKey) === 'collection' && (verb === undefined || creates) ? 'create' : 'action';
  }
  if (method === 'put') return verb === 'create' ? 'create' : 'update';
  if (method === 'patch') return 'update';
  if (method === 'delete') return 'delete';
  return 'other';
}

/**
 * What a GET's 200 body shows in the guide's envelopes: 'list' for a `data` array or a `meta`, 'read' for a
 * `data` that is no array; undefined when the body says neither (no JSON body, or another envelope).
 * @param {Obj} operation
 * @returns {'list' | 'read' | undefined}
 */
function readShapeOf(operation) {
  const body = successSchemaOf(operation, '200');
  if (!body) return undefined;
  const { properties } = flatten(body.schema);
  const data = properties.get('data');
  if (data) return typeOf(data.schema) === 'array' ? 'list' : 'read';
  return properties.has('meta') ? 'list' : undefined;
}

/**
 * The JSON media type of a content map (`application/json` or `application/*+json`).
 * @param {unknown} content
 * @returns {string | undefined}
 */
export function jsonMediaTypeOf(content) {
  if (!isObject(content)) return undefined;
  return Object.keys(content).find((m) => /^application\/(?:[\w.+-]+\+)?json(?:;.*)?$/i.test(m));
}

/**
 * The JSON schema of one response of an operation, with its path relative to the operation.
 * @param {Obj} operation
 * @param {string} status
 * @returns {{ schema: Obj, path: JsonPath } | undefined}
 */
export function successSchemaOf(operation, status) {
  const response = isObject(operation.responses) ? operation.responses[status] : undefined;
  return responseSchemaOf(response, ['responses', status]);
}

/**
 * @param {unknown} response
 * @param {JsonPath} base
 * @returns {{ schema: Obj, path: JsonPath } | undefined}
 */
export function responseSchemaOf(response, base) {
  if (!isObject(response)) return undefined;
  const media = jsonMediaTypeOf(response.content);
  if (media === undefined) return undefined;
  const schema = response.content[media].schema;
  if (!isObject(schema)) return undefined;
  return { schema, path: [...base, 'content', media, 'schema'] };
}

/**
 * The declared type of a schema, looking through allOf when the schema itself has none.
 * @param {unknown} schema
 * @returns {string | undefined}
 */
export function typeOf(schema) {
  if (!isObject(schema)) return undefined;
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      const t = typeOf(part);
      if (t) return t;
    }
  }
  if (isObject(schema.properties)) return 'object';
  return undefined;
}

/**
 * An object schema with its allOf parts merged: properties (each with the path where it is declared,
 * relative to the schema), required names, and whether extra properties are closed off.
 * @param {unknown} schema
 * @param {JsonPath} [base]
 * @returns {{ properties: Map<string, { schema: Obj, path: JsonPath }>, required: Set<string>, hasComposition: boolean }}
 */
export function flatten(schema, base = []) {
  /** @type {Map<string, { schema: Obj, path: JsonPath }>} */
  const properties = new Map();
  /** @type {Set<string>} */
  const required = new Set();
  let hasComposition = false;
  /** @param {unknown} s @param {JsonPath} p @param {number} depth */
  const visit = (s, p, depth) => {
    if (!isObject(s) || depth > 8) return;
    if (isObject(s.properties)) {
      for (const [name, sub] of Object.entries(s.properties)) {
        if (!properties.has(name) && isObject(sub))
          properties.set(name, { schema: sub, path: [...p, 'properties', name] });
      }
    }
    if (Array.isArray(s.required)) for (const r of s.required) if (typeof r === 'string') required.add(r);
    if (Array.isArray(s.allOf)) s.allOf.forEach((part, i) => visit(part, [...p, 'allOf', i], depth + 1));
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) hasComposition = true;
  };
  visit(schema, base, 0);
  return { properties, required, hasComposition };
}

/** @param {string} name */
export const isSnakeCase = (name) => /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(name);

/**
 * The snake_case spelling of a camelCase, PascalCase or kebab-case name (`imageUrl` -> `image_url`).
 * @param {string} name
 */
export function toSnakeCase(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[-\s.]+/g, '_')
    .replace(/_+/g, '_')
    .toLowerCase();
}

/**
 * The kebab-case spelling of a segment (`sampleApiUrl` -> `sample-api-url`).
 * @param {string} segment
 */
export function toKebabCase(segment) {
  return toSnakeCase(segment).replace(/_/g, '-');
}

/**
 * Where a waiver for a rule may sit, given the path of a finding: the operation, its path item, or the root.
 * @param {unknown} root
 * @param {JsonPath} path
 * @returns {unknown[]}
 */
function waiverHolders(root, path) {
  if (!isObject(root)) return [];
  const holders = [root];
  if (path[0] === 'paths' && isObject(root.paths) && typeof path[1] === 'string') {
    const pathItem = root.paths[path[1]];
    if (isObject(pathItem)) {
      holders.push(pathItem);
      if (typeof path[2] === 'string' && isObject(pathItem[path[2]])) holders.push(pathItem[path[2]]);
    }
  }
  return holders;
}

/**
 * The path keys of a document (vendor extensions under `paths` left out); none when the
 * document has no `paths` object.
 * @param {unknown} doc
 * @returns {string[]}
 */
export function pathKeys(doc) {
  if (!isObject(doc) || !isObject(doc.paths)) return [];
  return Object.keys(doc.paths).filter((pathKey) => !pathKey.startsWith('x-'));
}

/**
 * True when the operation, path item or root at `path` waives `ruleName` through `x-style-guide-exception`
 * with a reason of at least MIN_REASON_LENGTH characters (a waiver without a reason waives nothing and is itself a finding).
 * @param {unknown} root
 * @param {JsonPath} path
 * @param {string} ruleName
 */
export function isWaived(root, path, ruleName) {
  return waiverHolders(root, path).some((holder) => {
    const waiver = /** @type {Obj} */ (holder)[EXCEPTION_KEY];
    return (
      isObject(waiver) &&
      Array.isArray(waiver.rules) &&
      waiver.rules.includes(ruleName) &&
      typeof waiver.reason === 'string' &&
      waiver.reason.trim().length >= MIN_REASON_LENGTH
    );
  });
}

/**
 * Wraps a rule function so that findings inside a scope that waives the rule are dropped.
 * @param {(input: any, options: any, context: any) => Finding[] | void} fn
 * @returns {(input: any, options: any, context: any) => Finding[]}
 */
export function waivable(fn) {
  return (input, options, context) => {
    const findings = fn(input, options, context) ?? [];
    if (findings.length === 0) return findings;
    const root = context.documentInventory?.resolved ?? context.document?.data;
    const name = context.rule?.name ?? '';
    return findings.filter((f) => !isWaived(root, f.path, name));
  };
}

/**
 * Calls `visit` on every schema of a document (components, parameters, headers, request and response
 * bodies), recursing through properties, items, additionalProperties, allOf/oneOf/anyOf and not. Each schema
 * object is visited once, at the first path that reaches it. Examples and vendor extensions are not entered.
 * @param {unknown} doc
 * @param {(schema: Obj, path: JsonPath, propertyName: string | undefined) => void} visit
 */
export function walkSchemas(doc, visit) {
  if (!isObject(doc)) return;
  const seen = new Set();
  /** @param {unknown} schema @param {JsonPath} path @param {string | undefined} name */
  const walk = (schema, path, name) => {
    if (!isObject(schema) || seen.has(schema)) return;
    seen.add(schema);
    visit(schema, path, name);
    if (isObject(schema.properties)) {
      for (const [prop, sub] of Object.entries(schema.properties))
        walk(sub, [...path, 'properties', prop], prop);
    }
    if (isObject(schema.items)) walk(schema.items, [...path, 'items'], undefined);
    if (isObject(schema.additionalProperties)) {
      walk(schema.additionalProperties, [...path, 'additionalProperties'], undefined);
    }
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      if (Array.isArray(schema[key]))
        schema[key].forEach((sub, i) => walk(sub, [...path, key, i], undefined));
    }
    if (isObject(schema.not)) walk(schema.not, [...path, 'not'], undefined);
  };
  /** @param {unknown} content @param {JsonPath} path */
  const walkContent = (content, path) => {
    if (!isObject(content)) return;
    for (const [media, m] of Object.entries(content)) {
      if (isObject(m)) walk(m.schema, [...path, media, 'schema'], undefined);
    }
  };
  /** @param {unknown} params @param {JsonPath} path */
  const walkParams = (params, path) => {
    if (!Array.isArray(params)) return;
    params.forEach((p, i) => {
      if (isObject(p)) {
        walk(p.schema, [...path, i, 'schema'], undefined);
        walkContent(p.content, [...path, i, 'content']);
      }
    });
  };
  /** @param {unknown} headers @param {JsonPath} path */
  const walkHeaders = (headers, path) => {
    if (!isObject(headers)) return;
    for (const [h, header] of Object.entries(headers)) {
      if (isObject(header)) walk(header.schema, [...path, h, 'schema'], undefined);
    }
  };
  /** @param {unknown} response @param {JsonPath} path */
  const walkResponse = (response, path) => {
    if (!isObject(response)) return;
    walkContent(response.content, [...path, 'content']);
    walkHeaders(response.headers, [...path, 'headers']);
  };

  const components = isObject(doc.components) ? doc.components : {};
  if (isObject(components.schemas)) {
    for (const [n, s] of Object.entries(components.schemas)) walk(s, ['components', 'schemas', n], undefined);
  }
  if (isObject(components.parameters)) {
    for (const [n, p] of Object.entries(components.parameters)) {
      if (isObject(p)) walk(p.schema, ['components', 'parameters', n, 'schema'], undefined);
    }
  }
  if (isObject(components.responses)) {
    for (const [n, r] of Object.entries(components.responses))
      walkResponse(r, ['components', 'responses', n]);
  }
  if (isObject(components.requestBodies)) {
    for (const [n, b] of Object.entries(components.requestBodies)) {
      if (isObject(b)) walkContent(b.content, ['components', 'requestBodies', n, 'content']);
    }
  }
  walkHeaders(components.headers, ['components', 'headers']);

  if (isObject(doc.paths)) {
    for (const [pathKey, pathItem] of Object.entries(doc.paths)) {
      if (pathKey.startsWith('x-') || !isObject(pathItem)) continue;
      walkParams(pathItem.parameters, ['paths', pathKey, 'parameters']);
    }
  }
  for (const { operation, path } of operationsOf(doc)) {
    walkParams(operation.parameters, [...path, 'parameters']);
    if (isObject(operation.requestBody))
      walkContent(operation.requestBody.content, [...path, 'requestBody', 'content']);
    if (isObject(operation.responses)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('x-')) walkResponse(response, [...path, 'responses', status]);
      }
    }
  }
}

/**
 * The parameters of one operation in `operationsOf` form, path-item ones overridden by operation ones.
 * @param {{ pathItem: Obj, operation: Obj, path: JsonPath }} op
 * @returns {{ param: Obj, path: JsonPath }[]}
 */
export function parametersOf(op) {
  /** @type {Map<string, { param: Obj, path: JsonPath }>} */
  const byKey = new Map();
  /** @param {unknown} list @param {JsonPath} base */
  const add = (list, base) => {
    if (!Array.isArray(list)) return;
    list.forEach((param, i) => {
      if (isObject(param)) byKey.set(`${param.in}:${param.name}`, { param, path: [...base, i] });
    });
  };
  add(op.pathItem.parameters, [...op.path.slice(0, 2), 'parameters']);
  add(op.operation.parameters, [...op.path, 'parameters']);
  return [...byKey.values()];
}

/**
 * The 2xx/4xx/5xx response entries of an operation, skipping vendor extensions.
 * @param {Obj} operation
 * @returns {[string, Obj][]}
 */
export function responsesOf(operation) {
  if (!isObject(operation.responses)) return [];
  return /** @type {[string, Obj][]} */ (
    Object.entries(operation.responses).filter(([status, r]) => !status.startsWith('x-') && isObject(r))
  );
}

/**
 * True when a response key matches a status pattern: an exact code ('401'), a range ('4XX' matches 4xx
 * codes and the '4XX' key itself), or 'default'.
 * @param {string} status
 * @param {string} pattern
 */
export function statusMatches(status, pattern) {
  const p = pattern.toUpperCase();
  const s = status.toUpperCase();
  if (/^[1-5]XX$/.test(p)) return s[0] === p[0] && /^[1-5](\d\d|XX)$/.test(s);
  return s === p;
}
