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
  const errors: ErrorObject[] = [];
  for (const validate of mounted.requestValidators) {
    if (!validate(parameters)) errors.push(...(validate.errors ?? []));
  }
  if (errors.length > 0) throw new ValidationError(toFieldErrors(errors));
  const headers: Record<string, unknown> = {};
  for (const { name, wireName } of mounted.headerParameters) {
    if (header[wireName] !== undefined) headers[name] = header[wireName];
  }
  return { path: parameters.path as Record<string, unknown>, query, headers, cookies: cookie };
}
