/**
 * Answers given before any route runs, which fastify would otherwise write as its own plain JSON: the
 * router's (a bad percent-encoding, a path parameter over the length limit) and the HTTP parser's (a
 * header block over 16 KB, control characters in a header, bad chunking, an unknown method). Each one
 * is a problem+json body with the security headers, like every other answer.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { CORS_HEADERS, securityHeaders } from './http-headers.ts';
import { problemBody } from './problems.ts';

/** Path parameters longer than this get 414 (fastify's `maxParamLength`; the longest id is a UUID). */
export const MAX_PARAM_LENGTH = 100;

const ROUTER_ERRORS: Record<string, { status: number; detail: string }> = {
  FST_ERR_BAD_URL: {
    status: 400,
    detail:
      'The path is not valid: it has a bad percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8).',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    detail: `A path segment is longer than ${MAX_PARAM_LENGTH} characters; no id in this API is that long.`,
  },
};

const PARSER_ERRORS: Record<string, { status: number; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    detail: 'The request line and headers together are larger than 16 KB.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request did not arrive in time.' },
  HPE_INVALID_METHOD: { status: 400, detail: 'The HTTP method is not known.' },
};

const NOT_HTTP = 'The request is not valid HTTP/1.1 (a malformed request line, header or chunk).';

/** fastify's `frameworkErrors`: the router's refusals, answered as problems. */
export function answerFrameworkError(
  https: boolean,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const known = ROUTER_ERRORS[error.code] ?? { status: 400, detail: 'The request was not accepted.' };
    request.log.info({ status: known.status, code: error.code }, 'request refused');
    const errors = known.status === 400 ? { path: [known.detail] } : undefined;
    void reply
      .code(known.status)
      .headers({ ...securityHeaders(https), ...CORS_HEADERS })
      .type('application/problem+json')
      .send(problemBody(known.status, known.detail, errors));
  };
}

/** fastify's `clientErrorHandler`: the HTTP parser's refusals, written straight to the socket. */
export function answerClientError(
  https: boolean,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const known = PARSER_ERRORS[error.code ?? ''] ?? { status: 400, detail: NOT_HTTP };
    const body = JSON.stringify(
      problemBody(known.status, known.detail, known.status === 400 ? { request: [known.detail] } : undefined),
    );
    const headers: Record<string, string | number> = {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
      ...securityHeaders(https),
      ...CORS_HEADERS,
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    socket.end(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n${head.join('\r\n')}\r\n\r\n${body}`,
    );
  };
}
