/**
 * Where the contract app's CPU goes per request, measured without a load generator competing
 * for the cores: the real app of startServer and the bare app, driven in this process through
 * in-memory sockets, one request at a time.
 *   pieces: each app-level middleware of the real app (app.router.stack: pino-http, helmet, ...)
 *     and the contract layer's own steps, with the real openapi-backend instance of each
 *     operation (from `res.locals.operation`) and real response bodies, each in a tight loop
 *     (µs per call: a lower bound, caches are hot);
 *   ladder: µs of main-thread CPU per whole request (process.threadCpuUsage) of the contract
 *     app as is, then with its parts taken away one after the other (response validation,
 *     openapi-backend's request parsing, pino-http, helmet, cors + cookie-parser, the routes
 *     before the contract router), then of the bare app: what each part costs in the flow of
 *     a real request, garbage collection included. Redis and MySQL answers are replayed from
 *     memory there, so only the apps' own CPU is measured. The apps are restored afterwards.
 * `npm run bench` runs it after the load tests, on the bench database and configuration.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { IncomingMessage, ServerResponse, type RequestListener } from 'node:http';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type { Pool } from 'mysql2/promise';
import type { OpenAPIBackend, Operation } from 'openapi-backend';
import type { Config } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import { startBare } from './serve.ts';

type Endpoint = 'read' | 'list';

export interface Cost {
  name: string;
  microseconds: number;
  /** Indented under the previous entry: part of it, not counted again. */
  part?: boolean;
}

/** Best of 5 rounds (other work on the machine only ever adds time), in µs per call. */
function cost(work: () => unknown, iterations = 10_000): number {
  for (let i = 0; i < iterations / 4; i++) work();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / iterations / 1000);
  }
  return best;
}

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  /** Bytes the app wrote to its socket (head and body). */
  written: Buffer[];
}

/** A GET as node's http server hands it to the app, on an in-memory socket that keeps the output. */
function exchange(path: string, headers: Readonly<Record<string, string>>): Exchange {
  const written: Buffer[] = [];
  const socket = new Duplex({
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk);
      callback();
    },
    read() {
      // a GET has no body
    },
  }) as unknown as Socket;
  const request = new IncomingMessage(socket);
  request.method = 'GET';
  request.url = path;
  request.headers = { ...headers };
  request.push(null);
  const response = new ServerResponse(request);
  response.assignSocket(socket);
  return { request, response, written };
}

/** One request through an app; resolves when the response is finished. */
function inject(
  app: RequestListener,
  path: string,
  headers: Readonly<Record<string, string>>,
): Promise<Exchange> {
  const done = exchange(path, headers);
  return new Promise((resolve) => {
    done.response.on('finish', () => resolve(done));
    app(done.request, done.response);
  });
}

function bodyOf(done: Exchange): unknown {
  const text = Buffer.concat(done.written).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as unknown;
}

/** What the contract router leaves in res.locals.operation (src/runtime/contract.ts). */
interface Mounted {
  api: OpenAPIBackend;
  operation: Operation;
}

const layerNames: Readonly<Record<string, string>> = {
  result: 'pino-http (level warn: nothing written)',
  helmetMiddleware: 'helmet',
  corsMiddleware: 'cors',
  cookieParser: 'cookie-parser',
};

export async function measureContractCosts(
  config: Readonly<Config>,
  paths: Readonly<Record<Endpoint, readonly string[]>>,
): Promise<{ pieces: Cost[]; ladder: LadderStep[] }> {
  const contract = await startServer(config);
  const bare = await startBare(config, false);
  const headers = { host: '127.0.0.1', 'x-app-token': config.appTokens.android, connection: 'keep-alive' };
  const listenerOf = (running: { server: { listeners(event: 'request'): unknown[] } }): RequestListener => {
    const listener = running.server.listeners('request')[0];
    if (typeof listener !== 'function') throw new Error('no request listener on the server');
    return listener as RequestListener;
  };
  const contractApp = listenerOf(contract);
  const bareApp = listenerOf(bare);
  // The given paths in turn; every one is requested before any measurement (see the ladder).
  const next: Record<Endpoint, number> = { read: 0, list: 0 };
  const pathOf = (endpoint: Endpoint): string => {
    const list = paths[endpoint];
    return list[next[endpoint]++ % list.length] ?? '/';
  };
  const costs: Cost[] = [];
  const ladder: LadderStep[] = [];
  const apis = new Set<OpenAPIBackend>();
  try {
    // 1. The app-level middleware every request crosses before the contract router.
    const baseline = cost(() => {
      const { response } = exchange(pathOf('read'), headers);
      response.emit('finish');
    });
    const next = (): void => undefined;
    const stack = (contractApp as unknown as Express).router.stack as unknown as {
      name: string;
      route?: unknown;
      handle: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
    }[];
    for (const layer of stack) {
      if (layer.route || layer.name === 'router' || layer.handle.length !== 3) continue;
      const microseconds =
        cost(() => {
          const { request, response } = exchange(pathOf('read'), headers);
          layer.handle(request, response, next);
          response.emit('finish');
        }) - baseline;
      costs.push({ name: `middleware ${layerNames[layer.name] ?? layer.name}`, microseconds });
    }

    // 2. The contract layer's steps, with the real validator and the real bodies.
    const tokenDigest = createHash('sha256').update(headers['x-app-token']).digest();
    const token = cost(() =>
      timingSafeEqual(createHash('sha256').update(headers['x-app-token']).digest(), tokenDigest),
    );
    for (const endpoint of ['read', 'list'] as const) {
      const path = pathOf(endpoint);
      const done = await inject(contractApp, path, headers);
      const { locals } = done.response as ServerResponse & { locals: { operation?: Mounted } };
      const mounted = locals.operation;
      if (done.response.statusCode !== 200 || !mounted) {
        throw new Error(`${endpoint}: ${done.response.statusCode} from the contract app, or no operation`);
      }
      const { api, operation } = mounted;
      apis.add(api);
      const url = new URL(path, 'http://localhost');
      const requestLike = {
        method: 'GET',
        path: url.pathname,
        headers,
        query: Object.fromEntries(url.searchParams),
      };
      const body = bodyOf(done);
      const name = operation.operationId ?? endpoint;
      const validateRequest = cost(() => api.validator.validateRequest(requestLike, operation));
      const validateResponse = cost(() => api.validator.validateResponse(body, operation, 200));
      costs.push({ name: `${name}: validateRequest (openapi-backend)`, microseconds: validateRequest });
      costs.push({
        name: 'router.parseRequest (path, query, headers, cookies re-parsed)',
        microseconds: cost(() => api.router.parseRequest(requestLike, operation)),
        part: true,
      });
      const validators = api.validator.getRequestValidatorsForOperation(name) ?? [];
      const parsed: { params: unknown; query: unknown; headers: unknown } = api.router.parseRequest(
        requestLike,
        operation,
      );
      costs.push({
        name: 'the compiled ajv checks themselves',
        microseconds: cost(() => {
          // Copies: coercion and defaults write into what they validate.
          const parameters = {
            path: { ...(parsed.params as object) },
            query: { ...(parsed.query as object) },
            header: parsed.headers,
          };
          for (const validate of validators) validate(parameters);
        }),
        part: true,
      });
      costs.push({ name: `${name}: validateResponse 200 (ajv)`, microseconds: validateResponse });
      costs.push({ name: `${name}: appToken check (sha256 + timingSafeEqual)`, microseconds: token });
    }

    // 3. The whole apps: main-thread CPU per request, best of 3 rounds after a warm-up; the
    // contract app as is, then with its parts taken away one after the other (cumulative).
    const wholeOf = async (app: RequestListener, endpoint: Endpoint): Promise<number> => {
      const requests = 2000;
      const one = async (): Promise<void> => {
        const done = await inject(app, pathOf(endpoint), headers);
        if (done.response.statusCode !== 200) throw new Error(`${endpoint}: ${done.response.statusCode}`);
      };
      for (let i = 0; i < requests / 2; i++) await one();
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        const before = process.threadCpuUsage();
        for (let i = 0; i < requests; i++) await one();
        const used = process.threadCpuUsage(before);
        best = Math.min(best, (used.user + used.system) / requests);
      }
      return best;
    };
    // Two passes, the lower figure of each step kept: the first pass also warms every path up.
    let position = 0;
    const step = async (name: string, app: RequestListener): Promise<void> => {
      const measured = { name, read: await wholeOf(app, 'read'), list: await wholeOf(app, 'list') };
      const earlier = ladder[position];
      if (earlier) {
        earlier.read = Math.min(earlier.read, measured.read);
        earlier.list = Math.min(earlier.list, measured.list);
      } else {
        ladder.push(measured);
      }
      position++;
    };
    // Redis and MySQL answers are replayed from memory, so the ladder measures the apps' own CPU
    // (round trips vary far more than the parts measured); every path is fetched once for real.
    const restoreIo = [memoiseIo(contract), memoiseIo(bare)];
    for (const app of [contractApp, bareApp]) {
      for (const endpoint of ['read', 'list'] as const) {
        for (const path of paths[endpoint]) await inject(app, path, headers);
      }
    }
    const original = [...stack];
    const keepOnly = (drop: (layer: (typeof stack)[number]) => boolean): void => {
      const kept = stack.filter((layer) => !drop(layer));
      stack.splice(0, stack.length, ...kept);
    };
    const contractRouter = stack
      .filter((layer) => layer.name === 'router')
      .reduce((largest, layer) =>
        ((layer.handle as unknown as { stack?: unknown[] }).stack?.length ?? 0) >
        ((largest.handle as unknown as { stack?: unknown[] }).stack?.length ?? 0)
          ? layer
          : largest,
      );
    for (let pass = 0; pass < 2; pass++) {
      position = 0;
      try {
        await step('contract app as is', contractApp);
        for (const api of apis) {
          api.validator.validateResponse = () => ({ valid: true, errors: null });
        }
        await step('  without response validation', contractApp);
        for (const api of apis) {
          api.validator.validateRequest = fastValidateRequest(
            api,
          ) as unknown as typeof api.validator.validateRequest;
        }
        await step('  request validation by the compiled ajv checks alone', contractApp);
        keepOnly((layer) => layer.name === 'result');
        await step('  without pino-http', contractApp);
        keepOnly((layer) => layer.name === 'helmetMiddleware');
        await step('  without helmet', contractApp);
        keepOnly((layer) => layer.name === 'corsMiddleware' || layer.name === 'cookieParser');
        await step('  without cors and cookie-parser', contractApp);
        keepOnly(
          (layer) => layer !== contractRouter && (layer.route !== undefined || layer.name === 'router'),
        );
        await step('  without the routes before the contract router', contractApp);
      } finally {
        stack.splice(0, stack.length, ...original);
        for (const api of apis) {
          Reflect.deleteProperty(api.validator, 'validateResponse');
          Reflect.deleteProperty(api.validator, 'validateRequest');
        }
      }
      await step('  bare app (no contract router, authentication, serve steps)', bareApp);
    }
    for (const restore of restoreIo) restore();
  } finally {
    await Promise.all([contract.close(), bare.close()]);
  }
  return { pieces: costs, ladder };
}

/** Replays the Redis GETs and MySQL queries of a server from memory; returns the undo. */
function memoiseIo(running: { pool: Pool; redis: Redis }): () => void {
  const { pool, redis } = running;
  const realGet = redis.get.bind(redis);
  type Query = (sql: string, values?: unknown) => Promise<unknown>;
  const realExecute = pool.execute.bind(pool) as Query;
  const realQuery = pool.query.bind(pool) as Query;
  const gets = new Map<string, string | null>();
  const queries = new Map<string, unknown>();
  const get = async (key: string): Promise<string | null> => {
    if (!gets.has(key)) gets.set(key, await realGet(key));
    return gets.get(key) ?? null;
  };
  const replay =
    (real: Query): Query =>
    async (sql, values) => {
      const key = `${sql}\u0000${JSON.stringify(values)}`;
      if (!queries.has(key)) queries.set(key, await real(sql, values));
      return queries.get(key);
    };
  Object.assign(redis, { get });
  Object.assign(pool, { execute: replay(realExecute), query: replay(realQuery) });
  return () => {
    Reflect.deleteProperty(redis, 'get');
    Reflect.deleteProperty(pool, 'execute');
    Reflect.deleteProperty(pool, 'query');
  };
}

/**
 * What request validation could cost: the path matched by a regex compiled once per operation
 * (openapi-backend compiles one per request), then only the compiled ajv checks, coercing into
 * the same `coerced` shape src/runtime/contract.ts reads.
 */
function fastValidateRequest(api: OpenAPIBackend) {
  const matchers = new Map<string, { pattern: RegExp; names: string[] }>();
  return (request: { path: string; headers: unknown; query: unknown }, operation: Operation) => {
    const id = operation.operationId ?? '';
    let matcher = matchers.get(id);
    if (!matcher) {
      const names: string[] = [];
      const source = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      matcher = { pattern: new RegExp(`^${source}$`), names };
      matchers.set(id, matcher);
    }
    const match = matcher.pattern.exec(request.path);
    const path: Record<string, string> = {};
    matcher.names.forEach((name, index) => {
      path[name] = decodeURIComponent(match?.[index + 1] ?? '');
    });
    const parameters = { path, query: { ...(request.query as object) }, header: request.headers };
    const errors: unknown[] = [];
    for (const validate of api.validator.getRequestValidatorsForOperation(id) ?? []) {
      validate(parameters);
      if (validate.errors) errors.push(...validate.errors);
    }
    return {
      valid: errors.length === 0,
      errors: errors.length === 0 ? null : errors,
      coerced: { params: parameters.path, query: parameters.query },
    };
  };
}

export interface LadderStep {
  name: string;
  read: number;
  list: number;
}

export function formatLadder(ladder: readonly LadderStep[]): string {
  const width = Math.max(...ladder.map((step) => step.name.length), 4);
  const cell = (value: number): string => value.toFixed(1).padStart(8);
  const saved = (value: number | undefined, previous: number | undefined): string =>
    value === undefined || previous === undefined
      ? ''.padStart(8)
      : (previous - value).toFixed(1).padStart(8);
  const lines = [
    `  ${'step'.padEnd(width)}  ${'read µs'.padStart(8)}  ${'saved'.padStart(8)}  ${'list µs'.padStart(8)}  ${'saved'.padStart(8)}`,
  ];
  ladder.forEach((step, index) => {
    const previous = index > 0 ? ladder[index - 1] : undefined;
    lines.push(
      `  ${step.name.padEnd(width)}  ${cell(step.read)}  ${saved(step.read, previous?.read)}  ${cell(step.list)}  ${saved(step.list, previous?.list)}`,
    );
  });
  return lines.join('\n');
}

export function formatCosts(costs: readonly Cost[]): string {
  const label = (entry: Cost): string => (entry.part ? `    ${entry.name}` : `  ${entry.name}`);
  const width = Math.max(...costs.map((entry) => label(entry).length));
  return costs
    .map((entry) => `${label(entry).padEnd(width)}  ${entry.microseconds.toFixed(1).padStart(7)} µs`)
    .join('\n');
}
