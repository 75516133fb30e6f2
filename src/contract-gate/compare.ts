/**
 * Compares a released version (the lock) with the same version extracted from the current spec, operation
 * by operation, and names every difference a v1 client would notice. See docs/versioning.md for the rules
 * and why each is (or is not) breaking.
 */
import { HTTP_METHODS, asArray, asObject, canonical, isObject, resolve, type Json } from './json.ts';
import { compareSchemas, type Direction, type SchemaFinding } from './schema.ts';

export interface Finding {
  /** True when a client built against the released version breaks. */
  breaking: boolean;
  /** Stable name of the rule (`response-field-removed`, `parameter-added-required`, ...). */
  kind: string;
  path: string;
  /** Upper-case HTTP method; absent for a finding about a whole path. */
  method?: string;
  /** Response status (`200`), when the finding is about one response. */
  status?: string;
  /** The field or parameter concerned (`data.price`, `page`), when there is one. */
  field?: string;
  /** What changed, what it does to a client and what to do instead. */
  text: string;
}

export interface VersionId {
  service: string;
  version: string;
}

/** `core v1: GET /api/{platform}/v1/product/{id} 200: response field 'data.price' changed type ...` */
export function formatFinding(id: VersionId, finding: Finding): string {
  const where = [finding.method, finding.path, finding.status].filter((part) => part !== undefined).join(' ');
  return `${id.service} ${id.version}: ${where}: ${finding.text}`;
}

interface Side {
  doc: Json;
}

interface OperationRef {
  path: string;
  method: string;
}

/** A path template with its parameter names blanked: `/a/{id}/b` → `/a/{}/b`. */
function pathShape(apiPath: string): string {
  return apiPath.replace(/\{[^}]*\}/g, '{}');
}

function pathParameterNames(apiPath: string): string[] {
  return [...apiPath.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
}

interface Parameter {
  name: string;
  in: string;
  node: Json;
}

function parameterKey(location: string, name: string): string {
  // Header names are case-insensitive on the wire.
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

/** Path-level and operation-level parameters merged (the operation's win), keyed by location and name. */
function parametersOf(doc: Json, pathItem: Json, operation: Json): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  for (const raw of [...asArray(pathItem.parameters), ...asArray(operation.parameters)]) {
    const node = resolve(doc, raw).node;
    if (typeof node.name !== 'string' || typeof node.in !== 'string') continue;
    parameters.set(parameterKey(node.in, node.name), { name: node.name, in: node.in, node });
  }
  return parameters;
}

function parameterSchema(parameter: Parameter): unknown {
  if (parameter.node.schema !== undefined) return parameter.node.schema;
  const content = asObject(parameter.node.content);
  const first = Object.values(content)[0];
  return asObject(first).schema ?? {};
}

/**
 * Effective `style` and `explode` of a parameter (OpenAPI 3 defaults). `explode` only changes the wire format
 * of arrays and objects, so a scalar's is left out: `?sort=name` is the same with or without it.
 */
function serialization(doc: Json, parameter: Parameter): string {
  const defaultStyle = parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple';
  const style = typeof parameter.node.style === 'string' ? parameter.node.style : defaultStyle;
  const type = resolve(doc, parameterSchema(parameter)).node.type;
  if (type !== 'array' && type !== 'object') return `style ${style}`;
  const explode = typeof parameter.node.explode === 'boolean' ? parameter.node.explode : style === 'form';
  return `style ${style}, explode ${String(explode)}`;
}

type Requirement = Map<string, Set<string>>;

/** The security requirements in force for an operation: alternatives (OR) of schemes (AND) with scopes. */
function securityOf(doc: Json, operation: Json): Requirement[] {
  const security = Array.isArray(operation.security) ? operation.security : asArray(doc.security);
  return security.map(
    (requirement) =>
      new Map(
        Object.entries(asObject(requirement)).map(([scheme, scopes]) => [
          scheme,
          new Set(asArray(scopes).map(String)),
        ]),
      ),
  );
}

function describeRequirement(requirement: Requirement): string {
  if (requirement.size === 0) return 'no credentials';
  return [...requirement]
    .map(([scheme, scopes]) => (scopes.size > 0 ? `${scheme} (${[...scopes].join(', ')})` : scheme))
    .join(' + ');
}

/** Whether a client able to satisfy `held` can satisfy `needed`: same schemes or fewer, same scopes or fewer. */
function satisfies(held: Requirement, needed: Requirement): boolean {
  return [...needed].every(([scheme, scopes]) => {
    const have = held.get(scheme);
    return have !== undefined && [...scopes].every((scope) => have.has(scope));
  });
}

/** How a client sends a security scheme's credentials, in words (`apiKey in header X-APP-TOKEN`). */
function schemeShape(doc: Json, name: string): string {
  const scheme = resolve(doc, asObject(asObject(doc.components).securitySchemes)[name]).node;
  const location = typeof scheme.in === 'string' ? `in ${scheme.in}` : undefined;
  return [scheme.type, scheme.scheme, scheme.bearerFormat, location, scheme.name]
    .filter((part) => typeof part === 'string')
    .join(' ');
}

function isSuccess(status: string): boolean {
  return /^2(?:\d\d|XX)$/i.test(status);
}

/** Everything a client of the released version would notice between `base` (the lock) and `head` (current spec). */
export function compareVersions(baseDoc: Json, headDoc: Json): Finding[] {
  const findings: Finding[] = [];
  const base: Side = { doc: baseDoc };
  const head: Side = { doc: headDoc };
  const basePaths = asObject(baseDoc.paths);
  const headPaths = asObject(headDoc.paths);
  const headByShape = new Map<string, string>();
  for (const apiPath of Object.keys(headPaths)) headByShape.set(pathShape(apiPath), apiPath);
  const matchedHead = new Set<string>();

  for (const [apiPath, baseItemNode] of Object.entries(basePaths)) {
    const headPath = apiPath in headPaths ? apiPath : headByShape.get(pathShape(apiPath));
    if (headPath === undefined) {
      findings.push({
        breaking: true,
        kind: 'path-removed',
        path: apiPath,
        text: 'path removed — every v1 client calling it gets 404; keep it served in v1 (deprecate it with Deprecation and Sunset headers) and drop it in v2',
      });
      continue;
    }
    matchedHead.add(headPath);
    const baseItem = resolve(baseDoc, baseItemNode).node;
    const headItem = resolve(headDoc, headPaths[headPath]).node;

    // Path parameters are matched by position; a new name is a rename (same URLs, other client code).
    const renames = new Map<string, string>();
    const baseNames = pathParameterNames(apiPath);
    const headNames = pathParameterNames(headPath);
    baseNames.forEach((baseName, index) => {
      const headName = headNames[index] ?? baseName;
      if (headName !== baseName) renames.set(baseName, headName);
    });

    for (const method of HTTP_METHODS) {
      const baseOperation = baseItem[method];
      if (!isObject(baseOperation)) continue;
      const headOperation = headItem[method];
      const where: OperationRef = { path: apiPath, method: method.toUpperCase() };
      if (!isObject(headOperation)) {
        findings.push({
          breaking: true,
          kind: 'operation-removed',
          ...where,
          text: 'operation removed — v1 clients calling it get 405; keep it in v1 and drop it in v2',
        });
        continue;
      }
      compareOperation(
        base,
        { item: baseItem, operation: baseOperation },
        head,
        { item: headItem, operation: headOperation },
        where,
        renames,
        findings,
      );
    }
    for (const method of HTTP_METHODS) {
      if (isObject(headItem[method]) && !isObject(baseItem[method])) {
        findings.push({
          breaking: false,
          kind: 'operation-added',
          path: apiPath,
          method: method.toUpperCase(),
          text: 'new operation',
        });
      }
    }
  }
  for (const apiPath of Object.keys(headPaths)) {
    if (!matchedHead.has(apiPath)) {
      findings.push({ breaking: false, kind: 'path-added', path: apiPath, text: 'new path' });
    }
  }
  return findings;
}

interface OperationSide {
  item: Json;
  operation: Json;
}

function compareOperation(
  base: Side,
  baseOp: OperationSide,
  head: Side,
  headOp: OperationSide,
  where: OperationRef,
  renames: Map<string, string>,
  findings: Finding[],
): void {
  const push = (finding: Omit<Finding, 'path' | 'method'>): void => {
    findings.push({ ...where, ...finding });
  };

  const baseId = baseOp.operation.operationId;
  const headId = headOp.operation.operationId;
  if (typeof baseId === 'string' && baseId !== headId) {
    push({
      breaking: true,
      kind: 'operation-id-changed',
      text: `operationId changed from '${baseId}' to '${String(headId)}' — clients generated from v1 name their method after it; keep the v1 operationId`,
    });
  }
  if (headOp.operation.deprecated === true && baseOp.operation.deprecated !== true) {
    push({ breaking: false, kind: 'operation-deprecated', text: 'operation is now deprecated' });
  }

  compareParameters(base, baseOp, head, headOp, renames, push);
  compareRequestBody(base, baseOp.operation, head, headOp.operation, push);
  compareResponses(base, baseOp.operation, head, headOp.operation, push);
  compareSecurity(base, baseOp.operation, head, headOp.operation, push);
}

type Push = (finding: Omit<Finding, 'path' | 'method'>) => void;

function pushSchemaFinding(push: Push, status?: string): (finding: SchemaFinding) => void {
  return (finding) => {
    push({
      breaking: finding.breaking,
      kind: finding.kind,
      ...(status === undefined ? {} : { status }),
      ...(finding.field === '' ? {} : { field: finding.field }),
      text: finding.text,
    });
  };
}

function compareParameters(
  base: Side,
  baseOp: OperationSide,
  head: Side,
  headOp: OperationSide,
  renames: Map<string, string>,
  push: Push,
): void {
  const baseParams = parametersOf(base.doc, baseOp.item, baseOp.operation);
  const headParams = parametersOf(head.doc, headOp.item, headOp.operation);
  const headKeyOf = (parameter: Parameter): string =>
    parameter.in === 'path'
      ? parameterKey('path', renames.get(parameter.name) ?? parameter.name)
      : parameterKey(parameter.in, parameter.name);
  const matched = new Set<string>();
  const baseByName = new Map([...baseParams.values()].map((parameter) => [parameter.name, parameter]));

  for (const parameter of baseParams.values()) {
    const headKey = headKeyOf(parameter);
    const current = headParams.get(headKey);
    const noun = `${parameter.in} parameter`;
    if (!current) {
      const moved = [...headParams.values()].find(
        (candidate) =>
          candidate.name === parameter.name && !baseParams.has(parameterKey(candidate.in, candidate.name)),
      );
      if (moved) {
        matched.add(parameterKey(moved.in, moved.name));
        push({
          breaking: true,
          kind: 'parameter-location-changed',
          field: parameter.name,
          text: `parameter '${parameter.name}' moved from ${parameter.in} to ${moved.in} — v1 clients still send it in the ${parameter.in}; keep it there in v1 and move it in v2`,
        });
        continue;
      }
      const added = [...headParams.values()].filter(
        (candidate) =>
          candidate.in === parameter.in &&
          !baseParams.has(parameterKey(candidate.in, candidate.name)) &&
          !baseByName.has(candidate.name),
      );
      const hint = added.length > 0 ? ` (renamed to '${added.map((p) => p.name).join("' or '")}'?)` : '';
      const effect =
        parameter.in === 'query'
          ? 'v1 clients still send it and get 422 (unknown query parameters are rejected)'
          : 'v1 clients still send it and it is now ignored';
      push({
        breaking: true,
        kind: 'parameter-removed',
        field: parameter.name,
        text: `${noun} '${parameter.name}' was removed${hint} — ${effect}; keep it in v1 under its v1 name`,
      });
      continue;
    }
    matched.add(headKey);
    if (parameter.in === 'path' && current.name !== parameter.name) {
      push({
        breaking: true,
        kind: 'path-parameter-renamed',
        field: parameter.name,
        text: `path parameter '${parameter.name}' renamed to '${current.name}' — URLs are unchanged, but clients generated from v1 pass it as '${parameter.name}'; keep the v1 name`,
      });
    }
    const wasRequired = parameter.node.required === true;
    const isRequired = current.node.required === true;
    if (!wasRequired && isRequired) {
      push({
        breaking: true,
        kind: 'parameter-became-required',
        field: parameter.name,
        text: `${noun} '${parameter.name}' became required — v1 clients that omit it get 422; keep it optional (with a default) in v1`,
      });
    } else if (wasRequired && !isRequired) {
      push({
        breaking: false,
        kind: 'parameter-became-optional',
        field: parameter.name,
        text: `${noun} '${parameter.name}' is now optional`,
      });
    }
    const before = serialization(base.doc, parameter);
    const after = serialization(head.doc, current);
    if (before !== after) {
      push({
        breaking: true,
        kind: 'parameter-serialization-changed',
        field: parameter.name,
        text: `${noun} '${parameter.name}' serialization changed from ${before} to ${after} — v1 clients still encode it the v1 way; keep it in v1`,
      });
    }
    compareSchemas(
      { doc: base.doc, schema: parameterSchema(parameter) },
      { doc: head.doc, schema: parameterSchema(current) },
      {
        direction: 'request',
        rootLabel: `${noun} '${parameter.name}'`,
        fieldNoun: noun,
        field: parameter.name,
      },
      pushSchemaFinding(push),
    );
  }

  for (const [key, parameter] of headParams) {
    if (matched.has(key) || [...baseParams.values()].some((p) => headKeyOf(p) === key)) continue;
    const noun = `${parameter.in} parameter`;
    if (parameter.node.required === true) {
      push({
        breaking: true,
        kind: 'parameter-added-required',
        field: parameter.name,
        text: `new required ${noun} '${parameter.name}' — v1 clients do not send it and get 422; make it optional (with a default) in v1, or require it in v2`,
      });
    } else {
      push({
        breaking: false,
        kind: 'parameter-added',
        field: parameter.name,
        text: `new optional ${noun} '${parameter.name}'`,
      });
    }
  }
}

function compareRequestBody(base: Side, baseOp: Json, head: Side, headOp: Json, push: Push): void {
  const baseBody = baseOp.requestBody === undefined ? undefined : resolve(base.doc, baseOp.requestBody).node;
  const headBody = headOp.requestBody === undefined ? undefined : resolve(head.doc, headOp.requestBody).node;
  if (!baseBody && !headBody) return;
  if (!headBody) {
    push({
      breaking: true,
      kind: 'request-body-removed',
      text: 'request body removed — v1 clients still send one; keep accepting it in v1',
    });
    return;
  }
  if (!baseBody) {
    if (headBody.required === true) {
      push({
        breaking: true,
        kind: 'request-body-became-required',
        text: 'a request body is now required (v1 had none) — v1 clients send none and get 422; keep it optional in v1',
      });
    } else {
      push({ breaking: false, kind: 'request-body-added', text: 'new optional request body' });
    }
    return;
  }
  if (baseBody.required !== true && headBody.required === true) {
    push({
      breaking: true,
      kind: 'request-body-became-required',
      text: 'request body became required — v1 clients that send none get 422; keep it optional in v1',
    });
  }
  compareContent(base, baseBody, head, headBody, 'request', push);
}

function compareContent(
  base: Side,
  baseHolder: Json,
  head: Side,
  headHolder: Json,
  direction: Direction,
  push: Push,
  status?: string,
): void {
  const baseContent = asObject(baseHolder.content);
  const headContent = asObject(headHolder.content);
  const at = status === undefined ? {} : { status };
  for (const [mediaType, baseMedia] of Object.entries(baseContent)) {
    const headMedia = headContent[mediaType];
    if (headMedia === undefined) {
      push({
        breaking: true,
        kind: `${direction}-media-type-removed`,
        ...at,
        text:
          direction === 'request'
            ? `request media type ${mediaType} is no longer accepted — v1 clients sending it get 415; keep accepting it in v1`
            : `response media type ${mediaType} removed — v1 clients expect ${mediaType}; keep sending it in v1`,
      });
      continue;
    }
    compareSchemas(
      { doc: base.doc, schema: asObject(baseMedia).schema ?? {} },
      { doc: head.doc, schema: asObject(headMedia).schema ?? {} },
      {
        direction,
        rootLabel: `${direction} body`,
        fieldNoun: `${direction} field`,
        field: '',
      },
      pushSchemaFinding(push, status),
    );
  }
  for (const mediaType of Object.keys(headContent)) {
    if (!(mediaType in baseContent)) {
      push({
        breaking: false,
        kind: `${direction}-media-type-added`,
        ...at,
        text: `new ${direction} media type ${mediaType}`,
      });
    }
  }
}

function compareResponses(base: Side, baseOp: Json, head: Side, headOp: Json, push: Push): void {
  const baseResponses = asObject(baseOp.responses);
  const headResponses = asObject(headOp.responses);
  const newSuccess = Object.keys(headResponses).filter(
    (status) => isSuccess(status) && !(status in baseResponses),
  );
  for (const [status, baseNode] of Object.entries(baseResponses)) {
    const headNode = headResponses[status];
    if (headNode === undefined) {
      if (isSuccess(status)) {
        const now = newSuccess.length > 0 ? ` (the operation now answers ${newSuccess.join(', ')})` : '';
        push({
          breaking: true,
          kind: 'success-status-removed',
          status,
          text: `success status ${status} removed${now} — v1 clients expect ${status} and treat anything else as a failure; keep answering ${status} in v1 and change it in v2`,
        });
      } else {
        push({
          breaking: false,
          kind: 'error-status-removed',
          status,
          text: `status ${status} is no longer documented`,
        });
      }
      continue;
    }
    const baseResponse = resolve(base.doc, baseNode).node;
    const headResponse = resolve(head.doc, headNode).node;

    const baseHeaders = asObject(baseResponse.headers);
    const headHeaders = new Map(
      Object.entries(asObject(headResponse.headers)).map(([name, value]) => [name.toLowerCase(), value]),
    );
    for (const [name, baseHeaderNode] of Object.entries(baseHeaders)) {
      const headHeaderNode = headHeaders.get(name.toLowerCase());
      if (headHeaderNode === undefined) {
        push({
          breaking: true,
          kind: 'response-header-removed',
          status,
          field: name,
          text: `response header '${name}' removed — v1 clients read it; keep sending it in v1`,
        });
        continue;
      }
      const baseHeader = resolve(base.doc, baseHeaderNode).node;
      const headHeader = resolve(head.doc, headHeaderNode).node;
      if (baseHeader.required === true && headHeader.required !== true) {
        push({
          breaking: true,
          kind: 'response-header-no-longer-required',
          status,
          field: name,
          text: `response header '${name}' is no longer required — v1 clients rely on it; keep it required in v1`,
        });
      }
      compareSchemas(
        { doc: base.doc, schema: baseHeader.schema ?? {} },
        { doc: head.doc, schema: headHeader.schema ?? {} },
        {
          direction: 'response',
          rootLabel: `response header '${name}'`,
          fieldNoun: 'response header',
          field: name,
        },
        pushSchemaFinding(push, status),
      );
    }
    for (const name of Object.keys(asObject(headResponse.headers))) {
      if (!Object.keys(baseHeaders).some((baseName) => baseName.toLowerCase() === name.toLowerCase())) {
        push({
          breaking: false,
          kind: 'response-header-added',
          status,
          field: name,
          text: `new response header '${name}'`,
        });
      }
    }

    const hadBody = Object.keys(asObject(baseResponse.content)).length > 0;
    const hasBody = Object.keys(asObject(headResponse.content)).length > 0;
    if (hadBody && !hasBody) {
      push({
        breaking: true,
        kind: 'response-body-removed',
        status,
        text: 'response body removed — v1 clients read it; keep sending it in v1',
      });
      continue;
    }
    compareContent(base, baseResponse, head, headResponse, 'response', push, status);
  }
  for (const status of Object.keys(headResponses)) {
    if (!(status in baseResponses)) {
      push({ breaking: false, kind: 'status-added', status, text: `new response status ${status}` });
    }
  }
}

/**
 * Base scheme names that head renamed (head name -> base name): a head scheme v1 did not declare, sent exactly
 * like the one v1 scheme head no longer declares. Renamed with every reference, nothing changes on the wire.
 */
function renamedSchemes(base: Json, head: Json): Map<string, string> {
  const baseNames = Object.keys(asObject(asObject(base.components).securitySchemes));
  const headNames = Object.keys(asObject(asObject(head.components).securitySchemes));
  const renamed = new Map<string, string>();
  for (const headName of headNames.filter((name) => !baseNames.includes(name))) {
    const shape = schemeShape(head, headName);
    const candidates = baseNames.filter(
      (baseName) => !headNames.includes(baseName) && schemeShape(base, baseName) === shape,
    );
    const [only] = candidates;
    if (only !== undefined && candidates.length === 1) renamed.set(headName, only);
  }
  return renamed;
}

function compareSecurity(base: Side, baseOp: Json, head: Side, headOp: Json, push: Push): void {
  const baseSecurity = securityOf(base.doc, baseOp);
  const renamed = renamedSchemes(base.doc, head.doc);
  // head's requirements in v1's scheme names, so that a rename alone compares equal
  const headSecurity = securityOf(head.doc, headOp).map(
    (requirement) => new Map([...requirement].map(([name, scopes]) => [renamed.get(name) ?? name, scopes])),
  );
  const headNameOf = new Map([...renamed].map(([headName, baseName]) => [baseName, headName]));
  const baseOpen = baseSecurity.length === 0 || baseSecurity.some((requirement) => requirement.size === 0);
  const headOpen = headSecurity.length === 0 || headSecurity.some((requirement) => requirement.size === 0);
  const heldOptions = baseSecurity.length === 0 ? [new Map<string, Set<string>>()] : baseSecurity;
  const neededOptions = headSecurity.length === 0 ? [new Map<string, Set<string>>()] : headSecurity;
  const describe = (options: Requirement[]): string => options.map(describeRequirement).join(' or ');

  if (baseOpen && !headOpen) {
    push({
      breaking: true,
      kind: 'security-requirement-added',
      text: `now requires ${describe(neededOptions)} (it had no security requirement) — v1 clients send no credentials and get 401; keep it open in v1 and require it in v2`,
    });
  } else {
    const stranded = heldOptions.filter((held) => !neededOptions.some((needed) => satisfies(held, needed)));
    if (stranded.length > 0) {
      push({
        breaking: true,
        kind: 'security-requirement-changed',
        text: `security changed from ${describe(heldOptions)} to ${describe(neededOptions)} — v1 clients authenticating with ${describe(stranded)} get 401 or 403; keep accepting it in v1`,
      });
    } else if (canonical(describe(heldOptions)) !== canonical(describe(neededOptions))) {
      push({
        breaking: false,
        kind: 'security-relaxed',
        text: `security relaxed from ${describe(heldOptions)} to ${describe(neededOptions)}`,
      });
    }
  }

  // A scheme the operation keeps using must still be sent the same way (same header, same type).
  const used = new Set(headSecurity.flatMap((requirement) => [...requirement.keys()]));
  for (const name of new Set(baseSecurity.flatMap((requirement) => [...requirement.keys()]))) {
    if (!used.has(name)) continue;
    const headName = headNameOf.get(name) ?? name;
    const before = schemeShape(base.doc, name);
    const after = schemeShape(head.doc, headName);
    if (headName !== name) {
      push({
        breaking: false,
        kind: 'security-scheme-renamed',
        field: name,
        text: `security scheme '${name}' renamed to '${headName}' (sent the same way: ${after})`,
      });
    }
    if (before !== after) {
      push({
        breaking: true,
        kind: 'security-scheme-changed',
        field: name,
        text: `security scheme '${name}' changed from ${before} to ${after} — v1 clients still send credentials the v1 way; keep it in v1`,
      });
    }
  }
}
