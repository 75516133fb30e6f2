/**
 * The HTTP application: health and readiness, the specs and the docs page, every service's
 * contract router, and the one error handler that answers in the style guide's bodies.
 */
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { trustProxySetting, type Config } from '../config.ts';
import {
  DependencyUnavailableError,
  MethodNotAllowedError,
  NotFoundError,
  TooManyRequestsError,
  toErrorResponse,
} from '../errors.ts';
import {
  checkResponse,
  createContractRouter,
  operationOf,
  type SecurityHandler,
  type ServiceContract,
} from './contract.ts';
import { ResponseContractError } from './stages/response-validation.ts';
import { docsRouter } from './docs.ts';
import { requestStart } from './request-start.ts';
import { installResponseHead } from './response-head.ts';
import type { InFlight } from './in-flight.ts';
import type { Metrics } from '../observability/metrics.ts';

export interface AppOptions {
  config: Readonly<Config>;
  log: Logger;
  services: readonly ServiceContract[];
  securityHandlers: Readonly<Record<string, SecurityHandler>>;
  /** Named readiness checks (database, cache): `/readyz` answers 503 when one fails. */
  readiness: Readonly<Record<string, () => Promise<unknown>>>;
  /** Bundled spec of each service by name, served at `/spec/<name>.yaml`. */
  specs: Readonly<Record<string, string>>;
  /** Each platform's bundle of each service by `<platform>/<service>`, served at `/spec/<platform>/<service>.yaml` and shown on the docs page. */
  platformSpecs?: Readonly<Record<string, string>>;
  /** Prometheus metrics of this process; absent when METRICS_ENABLED=false. */
  metrics?: Metrics | undefined;
  /** Whether the process is draining: its answers then say `Connection: close`. */
  draining?: () => boolean;
  /** Counts the contract's handlers running (shutdown waits for them). */
  inFlight?: InFlight;
}

export async function createApp(options: AppOptions): Promise<Express> {
  const { config, log, platformSpecs = {} } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  installResponseHead(app, options.draining ?? (() => false));
  app.use(requestStart(log, options.metrics));
  const docsSecurity = helmet({
    contentSecurityPolicy: {
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  const allowedOrigins = config.corsOrigins
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const corsPolicy = cors({
    origin: allowedOrigins,
    credentials: true,
    allowedHeaders: ['Content-Type', 'Authorization', 'X-APP-TOKEN', 'X-CSRF-TOKEN', 'Idempotency-Key'],
    exposedHeaders: ['Location', 'Retry-After', 'Deprecation', 'Sunset', 'Link', 'X-Request-Id'],
  });
  const parseCookies = cookieParser();
  // CORS concerns browsers, which send Origin; cookies concern requests that carry any.
  // One layer for both: most requests need neither.
  const cookies: RequestHandler = (request, response, next) => {
    if (request.headers.cookie === undefined) {
      request.cookies = {};
      next();
      return;
    }
    parseCookies(request, response, next);
  };
  app.use((request, response, next) => {
    if (request.headers.origin === undefined) {
      cookies(request, response, next);
      return;
    }
    corsPolicy(request, response, (error?: unknown) => {
      if (error) next(error);
      else cookies(request, response, next);
    });
  });

  // The API first: its requests pass no other route on their way (each is a regular expression
  // tried per request); everything else skips the API's routes.
  const contract = await createContractRouter(options.services, {
    platforms: ['android', 'ios', 'web'],
    securityHandlers: options.securityHandlers,
    bodyLimit: config.bodyLimit,
    inFlight: options.inFlight,
    log,
  });
  app.use((request, response, next) => {
    if (request.url.startsWith('/api/')) contract(request, response, next);
    else next();
  });

  app.get('/healthz', (_request, response) => {
    response.json({ message: 'alive' });
  });
  app.get('/readyz', async (_request, response) => {
    const results = await Promise.all(
      Object.entries(options.readiness).map(async ([name, check]) => {
        try {
          await check();
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, error instanceof Error ? error.message : String(error)] as const;
        }
      }),
    );
    const failing = results.filter(([, state]) => state !== 'ok');
    response.status(failing.length === 0 ? 200 : 503).json({
      message: failing.length === 0 ? 'ready' : `not ready: ${failing.map(([name]) => name).join(', ')}`,
      checks: Object.fromEntries(results),
    });
  });
  for (const [name, text] of Object.entries({ ...options.specs, ...platformSpecs })) {
    app.get(`/spec/${name}.yaml`, (_request, response) => {
      response.type('application/yaml').send(text);
    });
  }
  app.use('/docs', docsSecurity, docsRouter(Object.keys(platformSpecs)));

  app.use((request) => {
    throw new NotFoundError(`no such URL: ${request.method} ${request.path}`);
  });
  const exposeTrace = config.env !== 'production';
  const handleError: ErrorRequestHandler = (error, request, response, _next) => {
    const mounted = operationOf(response);
    const { status, body: styleGuideBody } = toErrorResponse(error, { exposeTrace });
    // Where the spec documents RFC 6749's error body for 400, a malformed request answers in it.
    const body =
      status === 400 && mounted?.oauthErrors && 'message' in styleGuideBody
        ? { error: 'invalid_request', error_description: styleGuideBody.message }
        : styleGuideBody;
    if (error instanceof ResponseContractError)
      options.metrics?.countContractViolation(mounted?.spec.operationId);
    if (status >= 500)
      log.error(
        {
          err: error,
          request_id: response.locals.requestId as string,
          operation: mounted?.spec.operationId,
          method: request.method,
          path: request.path,
        },
        'request failed',
      );
    if (mounted) {
      try {
        checkResponse(mounted, status, body);
      } catch (problem) {
        log.warn({ problem: (problem as Error).message }, 'error response is not as the spec documents it');
      }
    }
    if (response.headersSent) {
      request.socket.destroy();
      return;
    }
    if (error instanceof MethodNotAllowedError) response.setHeader('Allow', error.allowed.join(', '));
    if (error instanceof TooManyRequestsError || error instanceof DependencyUnavailableError)
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(status).json(body);
  };
  app.use(handleError);
  return app;
}
