/**
 * Logger settings: request logs carry method, URL and status only; the Authorization header (and any
 * other header) is never serialised, and pino redacts it anyway in case a header object is logged.
 */
import type { FastifyServerOptions } from 'fastify';
import type { Writable } from 'node:stream';

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

export function loggerOptions(options: LogOptions = {}): FastifyServerOptions['logger'] {
  return {
    level: options.level ?? 'info',
    ...(options.stream ? { stream: options.stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', '*.authorization'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: LoggedRequest) => ({ method: request.method, url: request.url, id: request.id }),
    },
  };
}
