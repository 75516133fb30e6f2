/**
 * The one error catalogue: every failure the runtime raises is an AppError with its status
 * and style-guide body (SG-22..SG-26). `toErrorResponse` is the one place that turns any
 * thrown value into a status and body.
 */

/** One entry of a 422 body (SG-23): a field and every message about it. */
export interface FieldError {
  field: string;
  message: string[];
}

export type ErrorBody =
  | { message: string }
  | { code: number; message: string }
  | { message: string; errors: FieldError[] }
  | { message: string; trace?: string }
  | { error: string; error_description: string };

/** Base class: a status, a message a client can act on, and the cause for the logs. */
export abstract class AppError extends Error {
  abstract readonly status: number;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
  body(): ErrorBody {
    return { message: this.message };
  }
}

/** 400: the body could not be parsed (SG-26). */
export class MalformedBodyError extends AppError {
  readonly status = 400;
}

/** The 401 causes of the design table; the decimal part names the cause (SG-22). */
export const AuthFailure = {
  appTokenMissing: 401.1,
  appTokenInvalid: 401.2,
  accessTokenMissing: 401.3,
  accessTokenInvalid: 401.4,
  accessTokenExpired: 401.5,
  csrfTokenInvalid: 401.6,
} as const;
export type AuthFailureCode = (typeof AuthFailure)[keyof typeof AuthFailure];

/** 401 with its numeric code (SG-22). */
export class AuthenticationError extends AppError {
  readonly status = 401;
  readonly code: AuthFailureCode;
  constructor(code: AuthFailureCode, message: string) {
    super(message);
    this.code = code;
  }
  override body(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** 403: a valid token without the role or ownership the operation needs (SG-26). */
export class ForbiddenError extends AppError {
  readonly status = 403;
}

/** 404 (SG-24). */
export class NotFoundError extends AppError {
  readonly status = 404;
}

/** 405: a known URL with a method it does not serve (SG-26). */
export class MethodNotAllowedError extends AppError {
  readonly status = 405;
  readonly allowed: string[];
  constructor(allowed: string[], message: string) {
    super(message);
    this.allowed = allowed;
  }
}

/** 409: the request conflicts with what is stored (SG-26). */
export class ConflictError extends AppError {
  readonly status = 409;
}

/** 413: the body is over the limit (SG-26). */
export class PayloadTooLargeError extends AppError {
  readonly status = 413;
}

/** 415: the body is not in a media type the operation accepts (SG-09, SG-26). */
export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
}

/** 429 with Retry-After (SG-26). */
export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 422 with one entry per field (SG-23). */
export class ValidationError extends AppError {
  readonly status = 422;
  readonly errors: FieldError[];
  /** `message` replaces the standard summary where the catalogue has a more helpful one. */
  constructor(errors: FieldError[], message?: string) {
    const fields = errors.length === 1 ? '1 invalid field' : `${errors.length} invalid fields`;
    super(message ?? `the request has ${fields}: ${errors.map((error) => error.field).join(', ')}`);
    this.errors = errors;
  }
  override body(): ErrorBody {
    return { message: this.message, errors: this.errors };
  }
}

/**
 * 400 in RFC 6749's own body (section 5.2): the token endpoint is the style guide's named
 * exception, so its request errors answer `{error, error_description}`.
 */
export class OAuthRequestError extends AppError {
  readonly status = 400;
  readonly error: string;
  constructor(error: string, description: string) {
    super(description);
    this.error = error;
  }
  override body(): ErrorBody {
    return { error: this.error, error_description: this.message };
  }
}

/**
 * 503 with Retry-After: a dependency (the database, Redis) is down, frozen or behind an open
 * breaker. Not a server bug: the client may retry the same request shortly (SG-26).
 */
export class DependencyUnavailableError extends AppError {
  readonly status = 503;
  readonly dependency: string;
  readonly retryAfterSeconds: number;
  constructor(dependency: string, retryAfterSeconds: number, options?: { cause?: unknown }) {
    super(`the ${dependency} is unavailable; try again shortly`, options);
    this.dependency = dependency;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 500: anything unforeseen (SG-25). */
export class InternalError extends AppError {
  readonly status = 500;
}

/** Every status the runtime itself can answer with; a test checks each is documented in spec/. */
export const runtimeErrorStatuses = [400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503] as const;

/**
 * The named errors handlers and repositories raise, each with its status (by its class) and
 * its message template: the one place their texts are written.
 */
export const problems = {
  /** 404: a resource that does not exist, or that the caller may not know exists. */
  notFound: (resource: string, id: number | string) => new NotFoundError(`${resource} ${id} not found`),
  /** 403 before 404 on a profile path: whether another id exists is not disclosed. */
  notYourProfile: (resource: 'user' | 'driver', id: number) =>
    new ForbiddenError(`you can only use your own profile: ${resource} ${id} is not you`),
  /** 403 on an account that is not the caller's. */
  notYourAccount: () => new ForbiddenError('you can only read your own account'),
  /** 403 on the password of an account that is not the caller's (admins included). */
  notYourPassword: () => new ForbiddenError('you can only change the password of your own account'),
  /**
   * 401.4: the access token was revoked. The security stage answers it; a handler raises it for
   * a request whose token was valid when it arrived but whose account was deleted meanwhile.
   */
  tokenRevoked: () =>
    new AuthenticationError(AuthFailure.accessTokenInvalid, 'access token is invalid or revoked'),
  /** 403 on deleting an account that is not the caller's (admins may delete any). */
  notYourAccountToDelete: () => new ForbiddenError('you can only delete your own account'),
  /** 409: an account with an order or a delivery under way cannot be deleted yet. */
  accountBusy: (accountId: number, orderId: number) =>
    new ConflictError(
      `account ${accountId} cannot be deleted while order ${orderId} is under way: wait until it is delivered`,
    ),
  /** 409: a driver holds one active delivery at a time. */
  deliveryInHand: (driverId: number, orderId: number) =>
    new ConflictError(
      `driver ${driverId} already has an active delivery (order ${orderId}): deliver it before accepting another`,
    ),
  /** 409: offers need a location sent within the configured maximum age. */
  staleLocation: (driverId: number, maxAgeSeconds: number, resendAt: string) =>
    new ConflictError(
      `the last location of driver ${driverId} is older than ${maxAgeSeconds} seconds: send a fresh one with PUT ${resendAt} to see offers`,
    ),
  /** 422: a user keeps at most `limit` saved addresses. */
  addressLimitReached: (userId: number, limit: number) =>
    new ValidationError(
      [{ field: 'id', message: [`user ${userId} already has ${limit} saved addresses, the most allowed`] }],
      `a user can save at most ${limit} addresses: delete one before adding another`,
    ),
  /** 422 about one field (SG-23); the summary sentence comes from ValidationError. */
  invalidField: (field: string, ...messages: string[]) => new ValidationError([{ field, message: messages }]),
  /**
   * 422 for an order that cannot be placed as asked; one problem is named with what to do
   * about it, several get the standard summary.
   */
  orderNotPlaceable: (errors: FieldError[]) => {
    const [only] = errors;
    const advice = only?.field.startsWith('items.')
      ? 'remove it from the order'
      : 'use one of your own addresses';
    return new ValidationError(
      errors,
      errors.length === 1 && only ? `${only.message.join('; ')}: ${advice}` : undefined,
    );
  },
  /** 422: amounts with more decimals than their currency has minor units (18000.5 IDR). */
  amountsTooFine: (amounts: readonly { field: string; amount: number; currency: string; digits: number }[]) =>
    new ValidationError(
      amounts.map(({ field, amount, currency, digits }) => ({
        field,
        message: [
          digits === 0
            ? `${amount} is not a whole amount of ${currency}, which is priced without decimals`
            : `${amount} has more than ${digits} decimals, the minor units of ${currency}`,
        ],
      })),
    ),
  /** 422: an Idempotency-Key sent again with a different body. */
  idempotencyKeyReused: (orderId: number) =>
    new ValidationError(
      [
        {
          field: 'idempotency-key',
          message: [`was already used for order ${orderId} with a different body`],
        },
      ],
      'Idempotency-Key was already used for another request: use a new key for a new order',
    ),
  /** 409: a state the resource is not in, or a value already taken. */
  conflict: (message: string) => new ConflictError(message),
} as const;

/**
 * Turns any thrown value into a status and the style guide's body. `trace` only when the
 * environment allows it (SG-25: never in production).
 */
export function toErrorResponse(
  error: unknown,
  options: { exposeTrace: boolean },
): { status: number; body: ErrorBody } {
  if (error instanceof AppError && !(error instanceof InternalError)) {
    return { status: error.status, body: error.body() };
  }
  // Client errors raised by express and its router (a malformed percent escape in the URL,
  // say) carry a 4xx status; their messages describe the request, not the server.
  if (error instanceof Error) {
    const status = (error as Error & { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status, body: { message: error.message } };
    }
  }
  const body: { message: string; trace?: string } = { message: 'internal server error' };
  if (options.exposeTrace) {
    body.trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  return { status: 500, body };
}
