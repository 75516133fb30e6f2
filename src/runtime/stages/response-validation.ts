/**
 * Stage 5: the response is checked before it is sent (SG-15): its status must be documented
 * for the operation, and a JSON body must match that status's schema exactly, formats included.
 */
import type { ErrorObject } from 'ajv';
import { InternalError } from '../../errors.ts';
import type { MountedOperation } from './mount.ts';

/** The response an operation was about to send did not match its spec (SG-15). */
export class ResponseContractError extends InternalError {}

function describeAjvErrors(errors: readonly ErrorObject[]): string {
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`).join('; ');
}

export function checkResponse(mounted: MountedOperation, status: number, body: unknown): void {
  const { spec, jsonStatuses } = mounted;
  if (!spec.statuses.includes(status)) {
    throw new ResponseContractError(
      `${spec.operationId} answered status ${status}, which its spec does not document`,
    );
  }
  if (!jsonStatuses.has(status)) {
    if (body !== undefined) {
      throw new ResponseContractError(
        `${spec.operationId} sent a body with status ${status}, which has none in its spec`,
      );
    }
    return;
  }
  const validate = mounted.responseValidators[String(status)];
  if (!validate) {
    throw new ResponseContractError(`${spec.operationId} has no compiled schema for status ${status}`);
  }
  if (!validate(body)) {
    throw new ResponseContractError(
      `${spec.operationId} ${status} response does not match its spec: ${describeAjvErrors(validate.errors ?? [])}`,
    );
  }
}
