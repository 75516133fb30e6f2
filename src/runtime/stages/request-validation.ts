/**
 * Stage 3: request validation, with the ajv functions openapi-backend compiled for this
 * operation at start-up, on what express has already parsed: the same schemas, coercion and
 * defaults as its `validateRequest`, without re-parsing the URL, query and cookies. Unknown
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

export function validateRequest(
  mounted: MountedOperation,
  request: Request,
  body: unknown,
): ValidatedRequest {
  checkGrant(mounted.grants, body);
  const query: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.query as Record<string, string | string[]>)) {
    query[name] = mounted.arrayQueryParameters.has(name) && !Array.isArray(value) ? [value] : value;
  }
  // Only declared headers and cookies are read: the handler sees nothing else of the request.
  const header: Record<string, unknown> = {};
  for (const { wireName } of mounted.headerParameters) {
    const value = request.headers[wireName];
    if (value !== undefined) header[wireName] = value;
  }
  const cookie: Record<string, unknown> = {};
  const sent = (request.cookies ?? {}) as Record<string, unknown>;
  for (const { wireName } of mounted.cookieParameters) {
    if (typeof sent[wireName] === 'string' && sent[wireName] !== '') cookie[wireName] = sent[wireName];
  }
  const parameters: Record<string, unknown> = { path: { ...request.params }, query, header, cookie };
  if (body !== undefined) parameters.requestBody = body;
  // Read before ajv coerces the values in place (`0x10` becomes 16).
  const integers = nonDecimalIntegers(mounted.integerParameters, request.params, query);
  const errors: ErrorObject[] = [];
  for (const validate of mounted.requestValidators) {
    if (!validate(parameters)) errors.push(...(validate.errors ?? []));
  }
  if (errors.length > 0 || integers.length > 0) {
    // Where the schema already refuses the value (`abc`, `-1`), its words are the more telling.
    const fieldErrors = toFieldErrors(errors);
    const named = new Set(fieldErrors.map(({ field }) => field));
    throw new ValidationError([...fieldErrors, ...integers.filter(({ field }) => !named.has(field))]);
  }
  const headers: Record<string, unknown> = {};
  for (const { name, wireName } of mounted.headerParameters) {
    if (header[wireName] !== undefined) headers[name] = header[wireName];
  }
  return { path: parameters.path as Record<string, unknown>, query, headers, cookies: cookie };
}
