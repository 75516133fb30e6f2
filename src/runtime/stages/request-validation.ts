/**
 * Stage 3: request validation, with this operation's validators compiled ahead of time from
 * openapi-backend's schemas (generated/<service>.validators.ts), on what express has already
 * parsed: the same schemas, coercion and defaults as its `validateRequest`, without re-parsing
 * the URL, query and cookies. Unknown
 * fields and query parameters are refused (422, one entry per field, SG-23).
 */
import type { Request } from 'express';
import type { ErrorObject } from 'ajv';
import { ValidationError } from '../../errors.ts';
import { toFieldErrors } from '../field-errors.ts';
import type { MountedOperation } from './mount.ts';
import { checkGrant } from './grant-type.ts';
import { nonDecimalIntegers } from './strict-integers.ts';

/** The request's declared values, coerced to their types, with the spec's defaults applied. */
export interface ValidatedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
}

const NO_VALUES: Readonly<Record<string, unknown>> = Object.freeze({});

export function validateRequest(
  mounted: MountedOperation,
  request: Request,
  body: unknown,
): ValidatedRequest {
  if (mounted.grants) checkGrant(mounted.grants, body);
  const sentQuery = request.query as Record<string, string | string[]>;
  const query: Record<string, unknown> = {};
  for (const name in sentQuery) {
    const value = sentQuery[name];
    query[name] = mounted.arrayQueryParameters.has(name) && !Array.isArray(value) ? [value] : value;
  }
  // Only declared headers and cookies are read: the handler sees nothing else of the request.
  let header: Record<string, unknown> = NO_VALUES;
  if (mounted.headerParameters.length > 0) {
    header = {};
    for (const { wireName } of mounted.headerParameters) {
      const value = request.headers[wireName];
      if (value !== undefined) header[wireName] = value;
    }
  }
  let cookie: Record<string, unknown> = NO_VALUES;
  if (mounted.cookieParameters.length > 0) {
    cookie = {};
    const sent = (request.cookies ?? {}) as Record<string, unknown>;
    for (const { wireName } of mounted.cookieParameters) {
      if (typeof sent[wireName] === 'string' && sent[wireName] !== '') cookie[wireName] = sent[wireName];
    }
  }
  // A copy (ajv coerces in place), by for-in: object spread of the router's params objects, of
  // many shapes, took a slow path (5 µs of a 190 µs product read).
  const path: Record<string, unknown> = {};
  const sentPath = request.params as Record<string, string>;
  for (const name in sentPath) path[name] = sentPath[name];
  const parameters: Record<string, unknown> = { path, query, header, cookie };
  if (body !== undefined) parameters.requestBody = body;
  // Read before ajv coerces the values in place (`0x10` becomes 16).
  const integers =
    mounted.integerParameters.length > 0
      ? nonDecimalIntegers(mounted.integerParameters, request.params, query)
      : undefined;
  let errors: ErrorObject[] | undefined;
  for (const validate of mounted.requestValidators) {
    if (!validate(parameters)) (errors ??= []).push(...(validate.errors ?? []));
  }
  if (errors || (integers && integers.length > 0)) {
    // Where the schema already refuses the value (`abc`, `-1`), its words are the more telling.
    const fieldErrors = toFieldErrors(errors ?? []);
    const named = new Set(fieldErrors.map(({ field }) => field));
    throw new ValidationError([...fieldErrors, ...(integers ?? []).filter(({ field }) => !named.has(field))]);
  }
  let headers: Record<string, unknown> = NO_VALUES;
  if (header !== NO_VALUES) {
    headers = {};
    for (const { name, wireName } of mounted.headerParameters) {
      if (header[wireName] !== undefined) headers[name] = header[wireName];
    }
  }
  return { path, query, headers, cookies: cookie };
}
