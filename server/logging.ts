/**
 * Logger settings and the request log. One line per request, written when the answer is sent (method,
 * path, status, time taken); the Authorization header (and any other header) is never serialised, pino
 * redacts it anyway in case a header object is logged, and query values other than paging and filters are
 * replaced (order searches carry customers' names and emails).
 *
 * Lines go to stdout through an asynchronous, buffered destination: writing each line synchronously cost
 * a third of the redeem throughput under load. The buffer is flushed when the app closes.
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Writable } from 'node:stream';
import pino from 'pino';

export interface LogOptions {
  /** pino level; `silent` turns logging off. Defaults to `info`. */
  level?: string;
  /** Where log lines go (tests capture them); stdout by default. */
  stream?: Writable;
}

interface LoggedRequest {
  method: string;
  url: string;
  id: string;
}

/** Query parameters whose values say nothing about a person; every other value is replaced. */
const PLAIN_QUERY_PARAMETERS = new Set(['page', 'pageSize', 'status', 'eventId', 'limit']);

/** The URL as logged: the path, and the query with only paging and filter values kept. */
export function loggedUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const query = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      return PLAIN_QUERY_PARAMETERS.has(name) || !pair.includes('=') ? pair : `${name}=[redacted]`;
    });
  return `${url.slice(0, mark)}?${query.join('&')}`;
}

/** fastify's logger options, and the stdout destination to flush on close (none when a stream is given). */
export function loggerOptions(options: LogOptions = {}): {
  logger: FastifyServerOptions['logger'];
  destination?: pino.DestinationStream & { flushSync(): void };
} {
  const level = options.level ?? 'info';
  const destination =
    options.stream || level === 'silent'
      ? undefined
      : pino.destination({ dest: 1, sync: false, minLength: 8 * 1024 });
  return {
    destination,
    logger: {
      level,
      stream: options.stream ?? destination,
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', '*.authorization'],
        censor: '[redacted]',
      },
      serializers: {
        req: (request: LoggedRequest) => ({
          method: request.method,
          url: loggedUrl(request.url),
          id: request.id,
        }),
      },
    },
  };
}

/** One line per answered request, instead of fastify's two (incoming and completed). */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { req: request, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime },
      'request completed',
    );
  });
}
