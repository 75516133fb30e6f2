/**
 * Turns ajv errors into the 422 body's entries (SG-23): one entry per field, every message
 * for that field in its array, worded for the person reading the response.
 */
import type { ErrorObject } from 'ajv';
import type { FieldError } from '../errors.ts';

const LOCATIONS: Record<string, string> = {
  path: 'path',
  query: 'query',
  header: 'header',
  requestBody: 'body',
};

function fieldOf(error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const location = LOCATIONS[segments[0] ?? ''] ?? 'body';
  const rest = segments.slice(1);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string')
    rest.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    rest.push(params.additionalProperty);
  }
  // A missing request body is reported by ajv as a missing top-level `requestBody` property.
  if (segments.length === 0 && rest[0] === 'requestBody') return 'body';
  if (rest.length === 0) return location;
  return rest.join('.');
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'type':
      return `must be ${String(params.type).replace(/,/g, ' or ')}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters`;
    case 'pattern':
      return params.pattern === '\\S' ? 'must not be blank' : `must match ${String(params.pattern)}`;
    case 'minProperties':
      return `must have at least ${String(params.limit)} field${params.limit === 1 ? '' : 's'}`;
    case 'multipleOf':
      return `must be a multiple of ${String(params.multipleOf)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

const ONE_OF_BRANCH = /^(.*\/oneOf\/\d+)\//;

/** A branch's tag (a one-value `enum` or a `const`, as a discriminator's property) did not match. */
const isTagMismatch = (error: ErrorObject): boolean =>
  error.keyword === 'const' ||
  (error.keyword === 'enum' && (error.params as { allowedValues?: unknown[] }).allowedValues?.length === 1);

/**
 * Keeps, of a `oneOf` whose branches are told apart by a tag (`grant_type: {enum: [password]}`),
 * only the errors of the branch the request's tag chose: the others' are not what the client meant.
 */
function ofChosenBranches(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const branchOf = (error: ErrorObject) => ONE_OF_BRANCH.exec(error.schemaPath)?.[1];
  const unchosen = new Set(errors.filter(isTagMismatch).map(branchOf));
  const chosen = errors.some((error) => {
    const branch = branchOf(error);
    return branch !== undefined && !unchosen.has(branch);
  });
  if (!chosen) return errors;
  return errors.filter((error) => !unchosen.has(branchOf(error)));
}

/** Groups ajv errors by field, in the order they were found, without repeated messages. */
export function toFieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  const byField = new Map<string, string[]>();
  for (const error of ofChosenBranches(errors)) {
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const field = fieldOf(error);
    const messages = byField.get(field) ?? [];
    const message = messageOf(error);
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
