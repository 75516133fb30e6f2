/**
 * node:http's createServer without an ESM import of node:http: such an import reads every export
 * of the module, and its lazy `WebSocket` getter then loads undici, ~40 ms of CPU at each start.
 */
import type { IncomingMessage as NodeRequest, ServerResponse as NodeResponse } from 'node:http';

const http = process.getBuiltinModule('node:http');
export const { createServer, ServerResponse } = http;

/**
 * A request or response class whose instances are born with `prototype` (express's `app.request`
 * and `app.response`) as their own. Express moves every request and response onto those
 * prototypes (`Object.setPrototypeOf`, express/lib/application.js); on an object born there,
 * V8 has nothing to do, where otherwise it migrates both objects to new maps: ~12% of a bare
 * express product read's instructions (callgrind; docs/performance.md).
 */
function bornWith<C extends new (...args: never[]) => object>(base: C, prototype: object): C {
  // A plain function, not a class: a class's `prototype` cannot be replaced.
  function Born(...args: unknown[]): object {
    return Reflect.construct(base, args, Born) as object;
  }
  Born.prototype = prototype;
  return Born as unknown as C;
}

/** An HTTP server for an express app whose requests and responses are born express's. */
export function createExpressServer(
  app: { request: object; response: object },
  listener: (request: NodeRequest, response: NodeResponse) => void,
): ReturnType<typeof createServer> {
  return createServer(
    {
      IncomingMessage: bornWith<typeof http.IncomingMessage>(http.IncomingMessage, app.request),
      ServerResponse: bornWith<typeof http.ServerResponse>(http.ServerResponse, app.response),
    },
    listener,
  );
}
