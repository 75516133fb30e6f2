/**
 * node:http's createServer without an ESM import of node:http: such an import reads every export
 * of the module, and its lazy `WebSocket` getter then loads undici, ~40 ms of CPU at each start.
 */
export const { createServer, ServerResponse } = process.getBuiltinModule('node:http');
