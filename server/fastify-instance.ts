/**
 * The fastify instance both servers start from (the sandbox and the venue relay): one request-log line per
 * answer, router and HTTP-parser errors answered as problem+json, the log flushed on close.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installRequestLog, loggerOptions, type LogOptions } from './logging.ts';
import { answerClientError, answerFrameworkError, MAX_PARAM_LENGTH } from './transport-errors.ts';

export interface InstanceOptions {
  https?: { key: string; cert: string };
  log?: LogOptions;
  bodyLimit: number;
}

export function createFastifyInstance(options: InstanceOptions): FastifyInstance {
  const https = Boolean(options.https);
  const logging = loggerOptions(options.log);
  const serverOptions: FastifyServerOptions = {
    logger: logging.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError(https),
    clientErrorHandler: answerClientError(https),
    ...(options.https ? { https: options.https } : {}),
  };
  const app: FastifyInstance = Fastify(serverOptions);
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
  return app;
}
