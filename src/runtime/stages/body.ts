/**
 * Stage 2: the request body. Its media type must be one the operation accepts (415); it is
 * parsed by the parser of that media type, within the size limit (413); malformed JSON is 400.
 */
import express, { type Request, type RequestHandler, type Response } from 'express';
import { MalformedBodyError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../errors.ts';
import type { MountedOperation } from './mount.ts';

export type BodyParsers = Readonly<Record<string, RequestHandler>>;

/** Parsers by media type; the operation's spec says which media types it accepts. */
export function createBodyParsers(limit: string): BodyParsers {
  return {
    'application/json': express.json({ limit, type: () => true }),
    'application/x-www-form-urlencoded': express.urlencoded({ limit, extended: false, type: () => true }),
  };
}

function mediaTypeOf(request: Request): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function hasBody(request: Request): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0
  );
}

function runMiddleware(middleware: RequestHandler, request: Request, response: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    void middleware(request, response, (error?: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error('middleware failed', { cause: error }));
      else resolve();
    });
  });
}

/** Maps body-parser failures to the style guide's 400/413/415 bodies. */
function bodyParserError(error: unknown, limit: string): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return new MalformedBodyError(`request body is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (type === 'entity.too.large') return new PayloadTooLargeError(`request body is larger than ${limit}`);
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new UnsupportedMediaTypeError((error as Error).message, { cause: error });
  }
  return error;
}

/** The parsed body, or undefined when the request has none. */
export async function parseBody(
  mounted: MountedOperation,
  request: Request,
  response: Response,
  parsers: BodyParsers,
  limit: string,
): Promise<unknown> {
  const accepted = mounted.spec.requestMediaTypes;
  if (accepted.length === 0 || !hasBody(request)) return undefined;
  const mediaType = mediaTypeOf(request);
  if (!accepted.includes(mediaType)) {
    throw new UnsupportedMediaTypeError(
      `request body must be sent as ${accepted.join(' or ')}, not '${mediaType || 'no Content-Type'}'`,
    );
  }
  const parser = parsers[mediaType];
  if (parser) {
    await runMiddleware(parser, request, response).catch((error: unknown) => {
      throw bodyParserError(error, limit);
    });
  }
  return request.body as unknown;
}
