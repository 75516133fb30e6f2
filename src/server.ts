/**
 * Starts the API: validated configuration, MySQL and Redis checked (with a message that
 * says where it looked and how to start each), then the HTTP server; stops cleanly on signals.
 */
import type { Server } from 'node:http';
import { createExpressServer } from './node-http.ts';
import type { Logger } from 'pino';
import { loadConfig, platforms, type Config } from './config.ts';
import { checkDatabase, createPool, type Pool } from './db/mysql.ts';
import { checkRedis, createRedis, type Redis } from './db/redis.ts';
import { createAuth } from './auth/index.ts';
import { loadDeferred } from './deferred.ts';
import { createApp } from './runtime/app.ts';
import { InFlight } from './runtime/in-flight.ts';
import {
  createServices,
  loadPlatformSpecs,
  loadSpecText,
  serviceNames,
  type ServiceName,
} from './services.ts';
import { createLogger } from './observability/logger.ts';
import { createProcessMetrics } from './observability/process-metrics.ts';

/** The services named by SERVICES (all when empty); an unknown name stops start-up. */
export function selectServices(setting: string): ServiceName[] {
  const wanted = setting
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (wanted.length === 0) return [...serviceNames];
  const unknown = wanted.filter((name) => !(serviceNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `SERVICES names unknown service '${unknown.join("', '")}'; known: ${serviceNames.join(', ')}`,
    );
  }
  return wanted as ServiceName[];
}

export interface RunningServer {
  server: Server;
  url: string;
  pool: Pool;
  redis: Redis;
  log: Logger;
  /** `GET /metrics` of this process, when METRICS_ENABLED. */
  metricsUrl: string | undefined;
  /**
   * Drains and stops: /readyz fails at once (for `unreadyMs` before the listener closes), then
   * in-flight requests may finish until SHUTDOWN_TIMEOUT_MS from the call.
   */
  close(options?: { unreadyMs?: number }): Promise<void>;
}

export async function startServer(
  config: Readonly<Config>,
  options: { services?: readonly ServiceName[]; log?: Logger } = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config);
  const names = options.services ?? selectServices(config.services);
  const breaker = {
    errorPercent: config.breakerErrorPercent,
    volumeThreshold: config.breakerVolumeThreshold,
    resetMs: config.breakerResetMs,
  };
  const pool = createPool(config.databaseUrl, config.databasePoolSize, {
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    acquireTimeoutMs: config.databaseAcquireTimeoutMs,
    queryTimeoutMs: config.databaseQueryTimeoutMs,
    queueLimit: config.databaseQueueLimit,
    breaker,
  });
  pool.pool.on('connection', (connection) => {
    // Every session in UTC, so CURRENT_TIMESTAMP and the driver agree.
    connection.query("SET time_zone = '+00:00'");
  });
  const redis = createRedis(config.redisUrl, config.redisKeyPrefix, {
    connectTimeoutMs: config.redisConnectTimeoutMs,
    commandTimeoutMs: config.redisCommandTimeoutMs,
    breaker,
  });
  // Command failures reach their callers; connection trouble is logged, and /readyz reports it.
  redis.on('error', (error: Error) => {
    log.warn({ err: error }, 'redis connection error');
  });
  try {
    await Promise.all([checkDatabase(pool, config.databaseUrl), checkRedis(redis, config.redisUrl)]);
  } catch (error) {
    await pool.end().catch(() => undefined);
    redis.disconnect();
    throw error;
  }
  const auth = createAuth(config, redis);
  const services = createServices({ pool, redis, config, auth, log }, names);
  const readiness = { mysql: () => pool.query('SELECT 1'), redis: () => redis.ping() };
  const metrics = config.metricsEnabled
    ? createProcessMetrics({ services, pool, redis, checks: readiness })
    : undefined;
  let draining = false;
  const inFlight = new InFlight();
  const app = await createApp({
    inFlight,
    // While draining, every answer not yet begun tells its client (HAProxy too) to close the
    // connection: the in-flight ones, and the ones that arrive meanwhile.
    draining: () => draining,
    config,
    log,
    metrics,
    services,
    securityHandlers: auth.securityHandlers,
    readiness,
    // Every service's spec and the docs page, whichever services this process serves: the
    // gateway sends /spec and /docs to core.
    specs: Object.fromEntries(serviceNames.map((name) => [name, loadSpecText(name)])),
    platformSpecs: loadPlatformSpecs(platforms),
  });
  const server = createExpressServer(app, (request, response) => {
    // Readiness fails first while draining, so the gateway stops sending new requests here.
    if (draining && request.url === '/readyz') {
      // Its head gets `Connection: close` as every answer while draining (runtime/response-head.ts).
      response.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ message: 'not ready: shutting down' }));
      return;
    }
    app(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.keepAliveTimeout = 65_000;
  // What no request needed before now (argon2 and its decoy hash, the OAuth library, the rate
  // limiters: src/deferred.ts) loads while the first requests are served; one that needs it
  // earlier awaits it.
  loadDeferred().catch((error: unknown) => {
    log.warn({ err: error }, 'loading on first use instead: a deferred module failed to load');
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  const metricsUrl = await metrics?.listen(config.host, config.metricsPort);
  return {
    server,
    url,
    pool,
    redis,
    log,
    metricsUrl,
    async close({ unreadyMs = 0 } = {}) {
      draining = true;
      const deadline = performance.now() + config.shutdownTimeoutMs;
      await new Promise((resolve) => setTimeout(resolve, Math.min(unreadyMs, config.shutdownTimeoutMs)));
      const drained = await drain(server, deadline);
      // Handlers whose client gave up hold no connection, and may still write: they finish
      // before the pool closes under them, within the same deadline.
      const finished = await settleBy(inFlight.idle(), deadline);
      if (!drained || !finished)
        log.warn(`requests still running after ${config.shutdownTimeoutMs} ms: closed`);
      await metrics?.close();
      await pool.end();
      redis.disconnect();
    },
  };
}

/** Whether `work` settled before `deadline` (a performance.now() instant). */
async function settleBy(work: Promise<void>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - performance.now()));
  });
  const settled = await Promise.race([work.then(() => true as const), late]);
  clearTimeout(timer);
  return settled;
}

/** How often idle keep-alive connections are closed while draining. */
const IDLE_SWEEP_MS = 100;

/**
 * Stops accepting, lets in-flight requests finish (their responses say `Connection: close`),
 * closes connections as they go idle, and at the deadline (a performance.now() instant) closes
 * whatever is left. Whether it drained before the deadline.
 */
async function drain(server: Server, deadline: number): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  const drained = await settleBy(closed, deadline);
  clearInterval(sweep);
  if (!drained) {
    server.closeAllConnections();
    await closed;
  }
  return drained;
}

/** `npm start`: runs until SIGINT/SIGTERM. */
export async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  let running: RunningServer;
  try {
    running = await startServer(config);
  } catch (error) {
    console.error(`cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  running.log.info(
    `delivery platform API listening on ${running.url} (docs: ${running.url}/docs/, metrics: ${running.metricsUrl ?? 'off'})`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      running.log.info(`${signal}: draining (at most ${config.shutdownTimeoutMs} ms)`);
      void running.close({ unreadyMs: config.shutdownUnreadyMs }).then(() => process.exit(0));
    });
  }
}
