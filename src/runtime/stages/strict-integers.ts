/**
 * Integer path and query values are written in plain decimal digits. ajv's type coercion reads
 * `0x10`, `9e0`, ` 9`, `1.6e1` and `0b10000` as numbers, which gave one row many URLs; this
 * check runs beside the schema validation (whatever validates the schemas) and names every
 * parameter written otherwise, for a 422 (SG-23).
 */
import type { FieldError } from '../../errors.ts';

interface IntegerSchema {
  type?: string;
  minimum?: number;
  items?: IntegerSchema;
}

interface ParameterObject {
  in?: string;
  name?: string;
  schema?: IntegerSchema;
}

/** A declared integer parameter (or array of integers) of the path or the query. */
export interface IntegerParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  /** Digits only, or an optional leading minus where the schema allows negative values. */
  readonly pattern: RegExp;
}

const DIGITS = /^[0-9]+$/;
const SIGNED_DIGITS = /^-?[0-9]+$/;

/** The integer schema of an integer parameter or of an array of integers; else undefined. */
export function integerSchemaOf(schema: IntegerSchema | undefined): IntegerSchema | undefined {
  if (schema?.type === 'integer') return schema;
  if (schema?.type === 'array' && schema.items?.type === 'integer') return schema.items;
  return undefined;
}

/** The integer path and query parameters among an operation's parameters, at start-up. */
export function integerParametersOf(parameters: readonly ParameterObject[]): IntegerParameter[] {
  const found: IntegerParameter[] = [];
  for (const parameter of parameters) {
    const schema = integerSchemaOf(parameter.schema);
    if (!schema || !parameter.name || (parameter.in !== 'path' && parameter.in !== 'query')) continue;
    const negative = schema.minimum === undefined || schema.minimum < 0;
    found.push({ name: parameter.name, in: parameter.in, pattern: negative ? SIGNED_DIGITS : DIGITS });
  }
  return found;
}

/** One 422 entry per integer parameter whose value (any of its values) is not plain digits. */
export function nonDecimalIntegers(
  declared: readonly IntegerParameter[],
  path: Readonly<Record<string, unknown>>,
  query: Readonly<Record<string, unknown>>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const parameter of declared) {
    const value = (parameter.in === 'path' ? path : query)[parameter.name];
    if (value === undefined) continue;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.every((item) => typeof item === 'string' && parameter.pattern.test(item))) continue;
    const digits =
      parameter.pattern === DIGITS ? 'decimal digits (0-9)' : 'decimal digits, with an optional -';
    problems.push({ field: parameter.name, message: [`must be an integer written in ${digits} only`] });
  }
  return problems;
}
