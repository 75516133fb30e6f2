/**
 * Compares one schema of a released contract (base) with the same schema in the current spec (head).
 *
 * The direction decides what breaks a v1 client:
 * - request (what the client sends, the server accepts): head must accept everything base accepted.
 *   Narrowing (type changed, enum value removed, constraint tightened, field newly required) breaks.
 * - response (what the server sends, the client reads): head must send nothing base did not promise.
 *   Widening (type changed, enum value added, field removed or no longer required, null allowed) breaks.
 *   A new response field does not: clients ignore fields they do not know (docs/versioning.md).
 */
import { asArray, asObject, canonical, isObject, resolve, type Json } from './json.ts';

export type Direction = 'request' | 'response';

export interface SchemaFinding {
  breaking: boolean;
  kind: string;
  /** Dotted field path below the body or parameter (`data.price`, `data[].status`), '' for the root. */
  field: string;
  text: string;
}

export interface SchemaSide {
  doc: Json;
  schema: unknown;
}

export interface SchemaContext {
  direction: Direction;
  /** How the root is named in messages: `request body`, `response body`, `query parameter 'page'`. */
  rootLabel: string;
  /** How a field below the root is named: `request field`, `response field`, `query parameter`. */
  fieldNoun: string;
  /** Field path of the root (a parameter's name; '' for a body). */
  field: string;
}

const CONSEQUENCE = {
  request: 'requests valid under v1 are now rejected (422)',
  response: 'clients typed from v1 break',
} as const;

const ADVICE = {
  request: 'keep accepting the v1 form in v1 and make the change in v2',
  response: 'add the new shape in v2 instead',
} as const;

function childField(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

function label(context: SchemaContext, field: string): string {
  return field === context.field ? context.rootLabel : `${context.fieldNoun} '${field}'`;
}

/** `allOf` merged into one schema (properties and required united), so that composed shapes compare field by field. */
function flatten(doc: Json, node: unknown, depth = 0): { schema: Json; ref: string | undefined } {
  const { node: schema, ref } = resolve(doc, node);
  if (!Array.isArray(schema.allOf) || depth > 20) return { schema, ref };
  const merged: Json = {};
  const properties: Json = {};
  const required = new Set<string>();
  const parts = [...schema.allOf.map((part) => flatten(doc, part, depth + 1).schema), schema];
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'allOf') continue;
      if (key === 'properties') Object.assign(properties, asObject(value));
      else if (key === 'required') for (const name of asArray(value)) required.add(String(name));
      else if (key === 'additionalProperties') {
        // any part closing the object closes the whole
        if (merged.additionalProperties !== false) merged.additionalProperties = value;
      } else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return { schema: merged, ref };
}

/** The JSON types a schema allows; undefined when it allows any. `nullable: true` adds `null`. */
function typesOf(schema: Json): Set<string> | undefined {
  let types: string[] | undefined;
  if (typeof schema.type === 'string') types = [schema.type];
  else if (Array.isArray(schema.type)) types = schema.type.map(String);
  else if (isObject(schema.properties) || Array.isArray(schema.required) || 'additionalProperties' in schema)
    types = ['object'];
  else if ('items' in schema) types = ['array'];
  if (!types) return undefined;
  const set = new Set(types);
  if (schema.nullable === true) set.add('null');
  return set;
}

/** Whether every value of type `inner` is also a value of the types in `outer` (integer is a number). */
function typeCovered(inner: string, outer: Set<string>): boolean {
  return outer.has(inner) || (inner === 'integer' && outer.has('number'));
}

function describeTypes(types: Set<string> | undefined): string {
  if (!types) return 'any type';
  const list = [...types].filter((type) => type !== 'null');
  return `${list.join('|')}${types.has('null') ? ' (nullable)' : ''}`;
}

/** Format pairs where the second accepts every value of the first. */
const FORMAT_WIDENS: ReadonlySet<string> = new Set(['int32>int64', 'float>double']);

function formatWidens(from: string, to: string): boolean {
  return FORMAT_WIDENS.has(`${from}>${to}`);
}

type Bound = 'upper' | 'lower';

const BOUNDS: readonly { key: string; bound: Bound; implicit?: number }[] = [
  { key: 'maxLength', bound: 'upper' },
  { key: 'minLength', bound: 'lower', implicit: 0 },
  { key: 'maximum', bound: 'upper' },
  { key: 'minimum', bound: 'lower' },
  { key: 'maxItems', bound: 'upper' },
  { key: 'minItems', bound: 'lower', implicit: 0 },
  { key: 'maxProperties', bound: 'upper' },
  { key: 'minProperties', bound: 'lower', implicit: 0 },
];

function numberOr(value: unknown, fallback: number | undefined): number | undefined {
  return typeof value === 'number' ? value : fallback;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : canonical(value);
}

interface Walk {
  context: SchemaContext;
  report: (finding: SchemaFinding) => void;
  /** Pairs of named schemas being compared, so that recursive schemas stop. */
  stack: Set<string>;
}

/**
 * Compares `base` (released) with `head` (current) in the given direction and reports every difference
 * that matters to a client: breaking ones, and additive ones as information.
 */
export function compareSchemas(
  base: SchemaSide,
  head: SchemaSide,
  context: SchemaContext,
  report: (finding: SchemaFinding) => void,
): void {
  compareAt(base, head, context.field, { context, report, stack: new Set() });
}

function compareAt(baseSide: SchemaSide, headSide: SchemaSide, field: string, walk: Walk): void {
  const { schema: base, ref: baseRef } = flatten(baseSide.doc, baseSide.schema);
  const { schema: head, ref: headRef } = flatten(headSide.doc, headSide.schema);
  // A named schema that contains itself (a tree): stop when the same pair is already being compared.
  const key = baseRef !== undefined && headRef !== undefined ? `${baseRef}|${headRef}` : undefined;
  if (key !== undefined) {
    if (walk.stack.has(key)) return;
    walk.stack.add(key);
  }
  try {
    compareNode(baseSide.doc, base, headSide.doc, head, field, walk);
  } finally {
    if (key !== undefined) walk.stack.delete(key);
  }
}

function compareNode(baseDoc: Json, base: Json, headDoc: Json, head: Json, field: string, walk: Walk): void {
  const { direction } = walk.context;
  const name = label(walk.context, field);
  const breakWith = (kind: string, text: string): void => walk.report({ breaking: true, kind, field, text });
  const info = (kind: string, text: string): void => walk.report({ breaking: false, kind, field, text });

  // Type. A changed type makes every finer comparison noise: report it alone.
  const baseTypes = typesOf(base);
  const headTypes = typesOf(head);
  const from = describeTypes(baseTypes);
  const to = describeTypes(headTypes);
  if (direction === 'request') {
    const narrowed =
      (baseTypes !== undefined || headTypes !== undefined) &&
      (headTypes === undefined
        ? false
        : baseTypes === undefined || [...baseTypes].some((type) => !typeCovered(type, headTypes)));
    if (narrowed) {
      breakWith(
        'request-type-changed',
        `${name} changed type from ${from} to ${to} — ${CONSEQUENCE.request}; ${ADVICE.request}`,
      );
      return;
    }
  } else {
    const widened =
      headTypes === undefined
        ? baseTypes !== undefined
        : baseTypes !== undefined && [...headTypes].some((type) => !typeCovered(type, baseTypes));
    if (widened) {
      const onlyNull =
        headTypes !== undefined &&
        baseTypes !== undefined &&
        [...headTypes].every((type) => type === 'null' || typeCovered(type, baseTypes));
      breakWith(
        'response-type-changed',
        onlyNull
          ? `${name} may now be null — clients typed from v1 break; add the new shape in v2 instead`
          : `${name} changed type from ${from} to ${to} — ${CONSEQUENCE.response}; ${ADVICE.response}`,
      );
      return;
    }
  }
  if (from !== to) info('type-changed-compatibly', `${name} changed type from ${from} to ${to} (compatible)`);

  compareEnum(base, head, name, direction, breakWith, info);
  compareFormat(base, head, name, direction, breakWith, info);
  compareConstraints(base, head, name, direction, breakWith, info);

  if (canonical(base.default) !== canonical(head.default) && base.default !== undefined) {
    info('default-changed', `${name}: default changed from ${show(base.default)} to ${show(head.default)}`);
  }
  if (head.deprecated === true && base.deprecated !== true)
    info('field-deprecated', `${name} is now deprecated`);

  compareObject(baseDoc, base, headDoc, head, field, walk);

  if ('items' in base || 'items' in head) {
    compareAt(
      { doc: baseDoc, schema: base.items ?? {} },
      { doc: headDoc, schema: head.items ?? {} },
      `${field}[]`,
      walk,
    );
  }
  compareAlternatives(baseDoc, base, headDoc, head, field, walk);
}

function compareEnum(
  base: Json,
  head: Json,
  name: string,
  direction: Direction,
  breakWith: (kind: string, text: string) => void,
  info: (kind: string, text: string) => void,
): void {
  const baseValues = Array.isArray(base.enum) ? base.enum.map(canonical) : undefined;
  const headValues = Array.isArray(head.enum) ? head.enum.map(canonical) : undefined;
  if (!baseValues && !headValues) return;
  const list = (values: string[]): string => values.map((value) => show(JSON.parse(value))).join(', ');
  if (direction === 'request') {
    if (!headValues) return info('request-enum-widened', `${name} no longer restricts its values`);
    const removed = baseValues ? baseValues.filter((value) => !headValues.includes(value)) : [];
    if (!baseValues) {
      breakWith(
        'request-enum-narrowed',
        `${name} now accepts only ${list(headValues)} — ${CONSEQUENCE.request}; ${ADVICE.request}`,
      );
    } else if (removed.length > 0) {
      breakWith(
        'request-enum-narrowed',
        `${name} no longer accepts ${list(removed)} — v1 clients sending ${removed.length > 1 ? 'them' : 'it'} are now rejected; keep accepting ${removed.length > 1 ? 'them' : 'it'} in v1`,
      );
    }
    const added = baseValues ? headValues.filter((value) => !baseValues.includes(value)) : [];
    if (added.length > 0) info('request-enum-widened', `${name} now also accepts ${list(added)}`);
    return;
  }
  if (!baseValues)
    return info('response-enum-narrowed', `${name} is now limited to ${list(headValues ?? [])}`);
  if (!headValues) {
    return breakWith(
      'response-enum-widened',
      `${name} is no longer limited to ${list(baseValues)} — clients that decode it into a v1 enum break; keep v1's values in v1`,
    );
  }
  const added = headValues.filter((value) => !baseValues.includes(value));
  if (added.length > 0) {
    breakWith(
      'response-enum-widened',
      `${name} may now be ${list(added)}, a value v1 clients do not know — clients typed from v1 (Swift and Kotlin enums, exhaustive switches) fail to decode it; send only v1's values in v1 and add the new one in v2`,
    );
  }
  const removed = baseValues.filter((value) => !headValues.includes(value));
  if (removed.length > 0) info('response-enum-narrowed', `${name} is no longer sent as ${list(removed)}`);
}

function compareFormat(
  base: Json,
  head: Json,
  name: string,
  direction: Direction,
  breakWith: (kind: string, text: string) => void,
  info: (kind: string, text: string) => void,
): void {
  const from = typeof base.format === 'string' ? base.format : undefined;
  const to = typeof head.format === 'string' ? head.format : undefined;
  if (from === to) return;
  const describe = (format: string | undefined): string => (format === undefined ? 'none' : `'${format}'`);
  const text = `${name}: format changed from ${describe(from)} to ${describe(to)}`;
  if (direction === 'request') {
    // Dropping a format, or widening int32 to int64, accepts more: fine. Anything else rejects v1 values.
    if (to === undefined || (from !== undefined && formatWidens(from, to)))
      return info('format-loosened', text);
    return breakWith('request-constraint-tightened', `${text} — ${CONSEQUENCE.request}; ${ADVICE.request}`);
  }
  if (from === undefined || (to !== undefined && formatWidens(to, from)))
    return info('format-narrowed', text);
  breakWith(
    'response-format-changed',
    `${text} — clients that parse it as ${describe(from)} break; ${ADVICE.response}`,
  );
}

function compareConstraints(
  base: Json,
  head: Json,
  name: string,
  direction: Direction,
  breakWith: (kind: string, text: string) => void,
  info: (kind: string, text: string) => void,
): void {
  const tightened: string[] = [];
  const loosened: string[] = [];
  const exclusive = (schema: Json, bound: Bound): boolean =>
    schema[bound === 'upper' ? 'exclusiveMaximum' : 'exclusiveMinimum'] === true;
  for (const { key, bound, implicit } of BOUNDS) {
    const from = numberOr(base[key], implicit);
    const to = numberOr(head[key], implicit);
    const numeric = key === 'maximum' || key === 'minimum';
    const fromExclusive = numeric && exclusive(base, bound);
    const toExclusive = numeric && exclusive(head, bound);
    if (from === to && fromExclusive === toExclusive) continue;
    const describe = (value: number | undefined, isExclusive: boolean): string =>
      value === undefined ? 'none' : `${value}${isExclusive ? ' (exclusive)' : ''}`;
    const change = `${key} ${describe(from, fromExclusive)} → ${describe(to, toExclusive)}`;
    let tighter: boolean;
    if (to === undefined) tighter = false;
    else if (from === undefined) tighter = true;
    else if (from === to) tighter = toExclusive && !fromExclusive;
    else tighter = bound === 'upper' ? to < from : to > from;
    (tighter ? tightened : loosened).push(change);
  }
  // JSON Schema 2019+ numeric exclusive bounds (OpenAPI 3.1).
  for (const [key, bound] of [
    ['exclusiveMaximum', 'upper'],
    ['exclusiveMinimum', 'lower'],
  ] as const) {
    const from = typeof base[key] === 'number' ? base[key] : undefined;
    const to = typeof head[key] === 'number' ? head[key] : undefined;
    if (from === to) continue;
    const change = `${key} ${from ?? 'none'} → ${to ?? 'none'}`;
    const tighter = to !== undefined && (from === undefined || (bound === 'upper' ? to < from : to > from));
    (tighter ? tightened : loosened).push(change);
  }
  if (base.pattern !== head.pattern) {
    const pattern = (value: unknown): string => (value === undefined ? 'none' : show(value));
    const change = `pattern ${pattern(base.pattern)} → ${pattern(head.pattern)}`;
    (head.pattern === undefined ? loosened : tightened).push(change);
  }
  const fromStep = numberOr(base.multipleOf, undefined);
  const toStep = numberOr(head.multipleOf, undefined);
  if (fromStep !== toStep) {
    const change = `multipleOf ${fromStep ?? 'none'} → ${toStep ?? 'none'}`;
    // A new step still accepts every old value when the old step is a whole multiple of it.
    const ratio = fromStep !== undefined && toStep !== undefined ? fromStep / toStep : Number.NaN;
    const stillAccepts = toStep === undefined || Math.abs(ratio - Math.round(ratio)) < 1e-9;
    (stillAccepts ? loosened : tightened).push(change);
  }
  if (base.uniqueItems !== head.uniqueItems) {
    (head.uniqueItems === true ? tightened : loosened).push(
      `uniqueItems ${String(base.uniqueItems === true)} → ${String(head.uniqueItems === true)}`,
    );
  }
  if (direction === 'request') {
    if (tightened.length > 0) {
      breakWith(
        'request-constraint-tightened',
        `${name}: ${tightened.join(', ')} — values valid under v1 are now rejected (422); keep the v1 limits in v1`,
      );
    }
    if (loosened.length > 0) info('request-constraint-loosened', `${name}: ${loosened.join(', ')}`);
  } else if (tightened.length + loosened.length > 0) {
    // A response constraint describes values; clients do not validate them. Reported, not breaking.
    info('response-constraint-changed', `${name}: ${[...tightened, ...loosened].join(', ')}`);
  }
}

function propertiesOf(schema: Json, skip: 'readOnly' | 'writeOnly', doc: Json): Map<string, unknown> {
  const properties = new Map<string, unknown>();
  for (const [name, value] of Object.entries(asObject(schema.properties))) {
    if (resolve(doc, value).node[skip] === true) continue;
    properties.set(name, value);
  }
  return properties;
}

function compareObject(
  baseDoc: Json,
  base: Json,
  headDoc: Json,
  head: Json,
  field: string,
  walk: Walk,
): void {
  const { direction, fieldNoun } = walk.context;
  const skip = direction === 'request' ? 'readOnly' : 'writeOnly';
  const baseProps = propertiesOf(base, skip, baseDoc);
  const headProps = propertiesOf(head, skip, headDoc);
  const baseRequired = new Set(asArray(base.required).map(String));
  const headRequired = new Set(asArray(head.required).map(String));
  const names = new Set([...baseProps.keys(), ...headProps.keys(), ...baseRequired, ...headRequired]);
  const report = (breaking: boolean, kind: string, name: string, text: string): void =>
    walk.report({ breaking, kind, field: childField(field, name), text });
  const quoted = (name: string): string => `${fieldNoun} '${childField(field, name)}'`;

  // A name only in `required` is a field when the object lists no properties at all (a free-form object);
  // otherwise it is a leftover: the field has left the contract, whatever `required` still says.
  const isField = (props: Map<string, unknown>, required: Set<string>, name: string): boolean =>
    props.has(name) || (props.size === 0 && required.has(name));
  const leftover = (name: string): string =>
    headRequired.has(name) ? ' from properties (still listed in required)' : '';
  for (const name of names) {
    const inBase = isField(baseProps, baseRequired, name);
    const inHead = isField(headProps, headRequired, name);
    if (direction === 'request') {
      if (inBase && !inHead) {
        report(
          true,
          'request-field-removed',
          name,
          head.additionalProperties === false
            ? `${quoted(name)} was removed${leftover(name)} — v1 clients still send it and get 422 'is not a known field'; keep accepting it in v1`
            : `${quoted(name)} was removed${leftover(name)} — v1 clients still send it and it is now ignored; keep honouring it in v1`,
        );
      } else if (!inBase && inHead) {
        if (headRequired.has(name)) {
          report(
            true,
            'request-field-added-required',
            name,
            `new required ${quoted(name)} — v1 clients do not send it and get 422; make it optional (with a server-side default) in v1, or require it in v2`,
          );
        } else report(false, 'request-field-added', name, `new optional ${quoted(name)}`);
      } else if (!baseRequired.has(name) && headRequired.has(name)) {
        report(
          true,
          'request-field-became-required',
          name,
          `${quoted(name)} became required — v1 clients that omit it get 422; keep it optional in v1`,
        );
      } else if (baseRequired.has(name) && !headRequired.has(name)) {
        report(false, 'request-field-became-optional', name, `${quoted(name)} is now optional`);
      }
    } else if (inBase && !inHead) {
      report(
        true,
        'response-field-removed',
        name,
        `${quoted(name)} was removed${leftover(name)} — clients typed from v1 read it and break; keep sending it in v1 and drop it in v2`,
      );
    } else if (!inBase && inHead) {
      report(false, 'response-field-added', name, `new ${quoted(name)}`);
    } else if (baseRequired.has(name) && !headRequired.has(name)) {
      report(
        true,
        'response-field-no-longer-required',
        name,
        `${quoted(name)} is no longer required — clients typed from v1 rely on it being present; keep it required in v1`,
      );
    } else if (!baseRequired.has(name) && headRequired.has(name)) {
      report(false, 'response-field-now-required', name, `${quoted(name)} is now always present`);
    }
    if (baseProps.has(name) && headProps.has(name)) {
      compareAt(
        { doc: baseDoc, schema: baseProps.get(name) },
        { doc: headDoc, schema: headProps.get(name) },
        childField(field, name),
        walk,
      );
    }
  }

  // Undeclared fields.
  const baseExtra = base.additionalProperties;
  const headExtra = head.additionalProperties;
  const objectish = typesOf(base)?.has('object') === true || typesOf(head)?.has('object') === true;
  if (!objectish) return;
  const name = label(walk.context, field);
  if (direction === 'request' && headExtra === false && baseExtra !== false) {
    walk.report({
      breaking: true,
      kind: 'request-fields-closed',
      field,
      text: `${name} no longer accepts undeclared fields — v1 clients that send extra fields get 422; keep it open in v1`,
    });
  } else if (isObject(baseExtra) && isObject(headExtra)) {
    compareAt({ doc: baseDoc, schema: baseExtra }, { doc: headDoc, schema: headExtra }, `${field}.*`, walk);
  } else if (direction === 'response' && baseExtra === false && headExtra !== false) {
    walk.report({
      breaking: false,
      kind: 'response-fields-opened',
      field,
      text: `${name} may now carry undeclared fields`,
    });
  }
}

/** `oneOf` / `anyOf`: branches compared by position; a branch added (response) or removed (request) breaks. */
function compareAlternatives(
  baseDoc: Json,
  base: Json,
  headDoc: Json,
  head: Json,
  field: string,
  walk: Walk,
): void {
  const { direction } = walk.context;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const baseBranches = asArray(base[keyword]);
    const headBranches = asArray(head[keyword]);
    if (baseBranches.length === 0 && headBranches.length === 0) continue;
    const name = label(walk.context, field);
    const shared = Math.min(baseBranches.length, headBranches.length);
    for (let index = 0; index < shared; index += 1) {
      compareAt(
        { doc: baseDoc, schema: baseBranches[index] },
        { doc: headDoc, schema: headBranches[index] },
        field,
        walk,
      );
    }
    const grew = headBranches.length > baseBranches.length;
    const shrank = headBranches.length < baseBranches.length;
    if ((direction === 'response' && grew) || (direction === 'request' && shrank)) {
      walk.report({
        breaking: true,
        kind: direction === 'response' ? 'response-type-changed' : 'request-type-changed',
        field,
        text: `${name}: ${keyword} went from ${baseBranches.length} to ${headBranches.length} alternatives — ${CONSEQUENCE[direction]}; ${ADVICE[direction]}`,
      });
    } else if (grew || shrank) {
      walk.report({
        breaking: false,
        kind: 'alternatives-changed',
        field,
        text: `${name}: ${keyword} went from ${baseBranches.length} to ${headBranches.length} alternatives`,
      });
    }
  }
}
