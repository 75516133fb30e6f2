/**
 * Stages 4 and 6: the handler call with a context of plain, typed values (no HTTP object
 * reaches a handler), and the answer it returns, made whole (a list page gets its `meta` and
 * links, or becomes 204 when empty) and then sent.
 */
import type { Response } from 'express';
import type { ResponseCookie } from '../handler-types.ts';
import { pageMeta, type ListUrl, type PageRequest } from '../paging.ts';
import type { MountedOperation, RuntimeContext, RuntimeResult } from './mount.ts';

/** What is sent: a status, the body (if its spec has one), headers and cookies. */
export interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string | number | undefined> | undefined;
  cookies: readonly ResponseCookie[] | undefined;
}

export function callHandler(mounted: MountedOperation, context: RuntimeContext): Promise<RuntimeResult> {
  return mounted.handler(context);
}

/**
 * A list page becomes `{data, meta}` (SG-17), or 204 with no body when it has no records (SG-18).
 * `url` is asked only for a list's links.
 */
export function toAnswer(result: RuntimeResult, url: () => ListUrl, query: Record<string, unknown>): Answer {
  const { status, headers, cookies } = result;
  if (!result.page) return { status, body: result.body, headers, cookies };
  const { records, total } = result.page;
  if (records.length === 0) return { status: 204, body: undefined, headers, cookies };
  const meta = pageMeta(url(), query as unknown as PageRequest, total, records.length);
  return { status, body: { data: records, meta }, headers, cookies };
}

function setCookie(response: Response, cookie: ResponseCookie): void {
  if (cookie.clear) {
    response.clearCookie(cookie.name, { path: cookie.path });
    return;
  }
  response.cookie(cookie.name, cookie.value, {
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    path: cookie.path,
    ...(cookie.expires ? { expires: cookie.expires } : {}),
  });
}

/**
 * Sends the answer: its head in one `writeHead` call with every header as one array (to which
 * response-head.ts adds every answer's), and a JSON body written directly, not by express's
 * `json()`, which also looks for an ETag (disabled here) and request freshness on every call.
 */
export function send(mounted: MountedOperation, response: Response, answer: Answer): void {
  const head: string[] = [];
  if (answer.headers) {
    for (const name in answer.headers) {
      const value = answer.headers[name];
      if (value !== undefined) head.push(name, String(value));
    }
  }
  // Set-Cookie is kept by Node beside the array's headers (appended, never replaced).
  if (answer.cookies) for (const cookie of answer.cookies) setCookie(response, cookie);
  if (!mounted.jsonStatuses.has(answer.status)) {
    response.writeHead(answer.status, head);
    response.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  head.push(
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(Buffer.byteLength(text)),
  );
  response.writeHead(answer.status, head);
  if (response.req.method === 'HEAD') response.end();
  else response.end(text);
}
