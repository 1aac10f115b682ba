/**
 * The Caldasa sandbox as a fastify app: the API under /api with routes and request validation taken
 * from the contracts (fastify-openapi-glue), authentication and rate limiting, problem-details errors,
 * security headers, /healthz and, optionally, the built app's static files.
 */
import type { FastifyInstance } from 'fastify';
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
import { createFastifyInstance } from './fastify-instance.ts';
import type { LogOptions } from './logging.ts';
import {
  DEFAULT_FAILURE_LIMITS,
  DEFAULT_RATE_LIMIT,
  RateLimiter,
  type FailureLimitOptions,
  type RateLimitOptions,
} from './rate-limit.ts';
import { createServices, type Services } from './services.ts';
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
  const app = createFastifyInstance({ https: options.https, log: options.log, bodyLimit: BODY_LIMIT_BYTES });
  const db = options.db ?? openDatabase(options.dataDir ?? '.data');
  if (!options.db) app.addHook('onClose', async () => db.close());
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
