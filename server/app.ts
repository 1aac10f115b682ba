/**
 * The Caldasa sandbox as a fastify app: the API under /api with routes and request validation taken
 * from the contracts (fastify-openapi-glue), authentication and rate limiting, problem-details errors,
 * security headers, /healthz and, optionally, the built app's static files.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import type { OperationHandlers } from './api-types.ts';
import { createAuthHook } from './auth.ts';
import { loadContract } from './contract.ts';
import { openDatabase, type Db } from './db/database.ts';
import { installErrorHandling } from './error-handler.ts';
import { eventHandlers } from './handlers/events.ts';
import { orderHandlers } from './handlers/orders.ts';
import { redeemHandlers } from './handlers/redeem.ts';
import { sandboxHandlers } from './handlers/sandbox.ts';
import { ticketTypeHandlers } from './handlers/ticket-types.ts';
import { installHttpHeaders } from './http-headers.ts';
import { installRequestLog, loggerOptions, type LogOptions } from './logging.ts';
import {
  DEFAULT_FAILURE_LIMITS,
  DEFAULT_RATE_LIMIT,
  RateLimiter,
  type FailureLimitOptions,
  type RateLimitOptions,
} from './rate-limit.ts';
import { createServices, type Services } from './services.ts';
import { answerClientError, answerFrameworkError, MAX_PARAM_LENGTH } from './transport-errors.ts';
import { registerStatic } from './static.ts';
import { compileValidator } from './validation.ts';
import { illFormedTextProblem } from './well-formed-text.ts';

export interface AppOptions {
  /** Where the database lives; ignored when `db` is given. */
  dataDir?: string;
  db?: Db;
  log?: LogOptions;
  rateLimit?: Partial<RateLimitOptions>;
  /** Limits on failed sign-ins and refusals; defaults in rate-limit.ts. */
  failureLimits?: Partial<FailureLimitOptions>;
  /** The built app (`dist/`) to serve at `/`; no static files when absent. */
  staticDir?: string;
  https?: { key: string; cert: string };
  /** Tests: check every response against the contract and fail loudly on a mismatch. */
  validateResponses?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

const BODY_LIMIT_BYTES = 64 * 1024;

function allHandlers(services: Services): OperationHandlers {
  return {
    ...eventHandlers(services),
    ...ticketTypeHandlers(services),
    ...orderHandlers(services),
    ...redeemHandlers(services),
    ...sandboxHandlers(services),
  };
}

/** The API plugin, mounted under /api: auth first, then the contract's routes. */
async function registerApi(
  app: FastifyInstance,
  services: Services,
  limits: RateLimitOptions,
  failures: FailureLimitOptions,
): Promise<void> {
  const handlers = allHandlers(services);
  const limiters = {
    perToken: new RateLimiter(limits),
    failedSignInsPerAddress: new RateLimiter(failures.signInsPerAddress),
    refusalsPerToken: new RateLimiter(failures.refusalsPerToken),
  };
  await app.register(
    async (api) => {
      api.addHook('onRequest', createAuthHook(services.db, limiters));
      for (const name of ['caldasa', 'sandbox'] as const) {
        await api.register(async (scope) => {
          await scope.register(openapiGlue, { specification: loadContract(name), serviceHandlers: handlers });
        });
      }
    },
    { prefix: '/api' },
  );
}

/**
 * Accepts an empty body as "no body" (clients often send Content-Type on a bodiless POST) and refuses
 * ill-formed Unicode text before any handler sees it.
 */
function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  // problem+json is JSON too; the contract names it (for responses), so the glue expects a parser.
  app.addContentTypeParser(
    ['application/json', 'application/problem+json'],
    { parseAs: 'string' },
    (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      return parseJson(request, text, (error, parsed) => {
        if (error) return done(error);
        const problem = illFormedTextProblem(parsed);
        return problem ? done(problem) : done(null, parsed);
      });
    },
  );
}

/** Builds the app; call `ready()` or `listen()` on the result. Closing it closes the database it opened. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const https = Boolean(options.https);
  const logging = loggerOptions(options.log);
  const serverOptions: FastifyServerOptions = {
    logger: logging.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError(https),
    clientErrorHandler: answerClientError(https),
    ...(options.https ? { https: options.https } : {}),
  };
  const app: FastifyInstance = Fastify(serverOptions);
  const db = options.db ?? openDatabase(options.dataDir ?? '.data');
  if (!options.db) app.addHook('onClose', async () => db.close());
  if (logging.destination) {
    const destination = logging.destination;
    // Closing must never fail because of the log: a destination that is not open yet has nothing to flush.
    app.addHook('onClose', async () => {
      try {
        destination.flushSync();
      } catch {
        // an unopened or destroyed destination: at most the last log lines are lost, never data
      }
    });
  }
  installRequestLog(app);
  const services = createServices(db);
  app.decorate('services', services);
  app.setValidatorCompiler(compileValidator);
  installJsonParser(app);
  installHttpHeaders(app, { https });
  if (options.validateResponses) {
    const { installResponseValidation } = await import('./test-support/response-validation.ts');
    installResponseValidation(app);
  }
  const fallback = options.staticDir ? await registerStatic(app, options.staticDir) : undefined;
  installErrorHandling(app, fallback);
  app.get('/healthz', async () => ({ status: 'ok' }));
  await registerApi(
    app,
    services,
    { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    { ...DEFAULT_FAILURE_LIMITS, ...options.failureLimits },
  );
  return app;
}
