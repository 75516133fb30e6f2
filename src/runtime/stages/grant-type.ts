/**
 * The grant of an OAuth 2 token request, checked before its schema. The spec's body is a
 * `oneOf` with one branch per grant, told apart by `grant_type`; RFC 6749 section 5.2 answers a
 * missing grant type, or a missing parameter of the grant, with `invalid_request`, and an
 * unknown grant type with `unsupported_grant_type`, where a schema failure would be a 422.
 * The grants served and what each requires are read from the spec's branches at start-up.
 */
import { OAuthRequestError } from '../../errors.ts';

const GRANT_TYPE = 'grant_type';

interface BranchSchema {
  required?: string[];
  properties?: Record<string, { enum?: unknown[] } | undefined>;
}

interface BodySchema {
  discriminator?: { propertyName?: string };
  oneOf?: BranchSchema[];
}

/** Each grant type the body accepts, with the parameters that grant requires. */
export type Grants = ReadonlyMap<string, readonly string[]>;

/** The grants of an operation whose request body is discriminated by `grant_type`; else undefined. */
export function grantsOf(requestBody: unknown): Grants | undefined {
  const content = (requestBody as { content?: Record<string, { schema?: BodySchema }> } | undefined)?.content;
  for (const media of Object.values(content ?? {})) {
    const schema = media.schema;
    if (schema?.discriminator?.propertyName !== GRANT_TYPE || !schema.oneOf) continue;
    const grants = new Map<string, readonly string[]>();
    for (const branch of schema.oneOf) {
      const [grantType] = branch.properties?.[GRANT_TYPE]?.enum ?? [];
      if (typeof grantType === 'string') grants.set(grantType, branch.required ?? []);
    }
    return grants;
  }
  return undefined;
}

const missing = (value: unknown): boolean => value === undefined || value === '';

/** The RFC 6749 error for a missing or unknown grant type or a missing parameter; else undefined. */
export function grantProblem(
  parameters: Readonly<Record<string, unknown>>,
  grants: Grants,
): OAuthRequestError | undefined {
  const grantType = parameters[GRANT_TYPE];
  if (missing(grantType)) return new OAuthRequestError('invalid_request', 'Missing parameter: `grant_type`');
  const required = typeof grantType === 'string' ? grants.get(grantType) : undefined;
  if (!required) {
    return new OAuthRequestError(
      'unsupported_grant_type',
      `Unsupported grant type: \`grant_type\` must be one of ${[...grants.keys()].join(', ')}`,
    );
  }
  const absent = required.find((name) => missing(parameters[name]));
  return absent === undefined
    ? undefined
    : new OAuthRequestError('invalid_request', `Missing parameter: \`${absent}\``);
}

/** Throws the RFC 6749 error of a token request whose grant is missing, unknown or incomplete. */
export function checkGrant(grants: Grants | undefined, body: unknown): void {
  if (!grants) return;
  const problem = grantProblem((body ?? {}) as Record<string, unknown>, grants);
  if (problem) throw problem;
}
