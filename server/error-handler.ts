/**
 * The one error handler and the not-found handler: every failure becomes an `application/problem+json`
 * body (never an empty one), details are shown for client errors only, and everything is logged
 * without request headers or bodies (so no token reaches the log).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem, problemBody, type ProblemBody } from './problems.ts';
import { fieldErrors } from './validation.ts';

interface Problem {
  status: number;
  body: ProblemBody;
  headers: Record<string, string>;
}

const BY_CODE: Record<string, { status: number; detail: string; field?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    detail: 'Send the request body as JSON with "Content-Type: application/json".',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, detail: 'The request body is too large for this API.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, detail: 'The JSON body is empty.', field: 'body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, detail: 'The body is not valid JSON.', field: 'body' },
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && ('code' in error || 'statusCode' in error || 'validation' in error);
}

/** Maps any thrown value to a problem; unknown errors become a detail-free 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiProblem) {
    return {
      status: error.status,
      body: problemBody(error.status, error.detail, error.errors),
      headers: error.headers,
    };
  }
  if (isFastifyError(error) && error.validation) {
    const errors = fieldErrors(error.validation, error.validationContext ?? 'body');
    return { status: 400, body: problemBody(400, 'See errors for the fields to fix.', errors), headers: {} };
  }
  const known = isFastifyError(error) ? BY_CODE[error.code] : undefined;
  if (known) {
    const errors = known.field
      ? { [known.field]: [`${known.detail} Check quotes, commas and braces.`] }
      : undefined;
    return { status: known.status, body: problemBody(known.status, known.detail, errors), headers: {} };
  }
  if (error instanceof SyntaxError) {
    const detail = 'The body is not valid JSON. Check quotes, commas and braces.';
    return { status: 400, body: problemBody(400, detail, { body: [detail] }), headers: {} };
  }
  const status = isFastifyError(error) ? (error.statusCode ?? 500) : 500;
  if (status >= 400 && status < 500) {
    const detail = error instanceof Error ? error.message : 'The request was not accepted.';
    return {
      status,
      body: problemBody(status, detail, status === 400 ? { request: [detail] } : undefined),
      headers: {},
    };
  }
  return {
    status: 500,
    body: problemBody(500, 'An unexpected error occurred; it has been logged.'),
    headers: {},
  };
}

function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .headers(problem.headers)
    .type('application/problem+json')
    .send(problem.body);
}

export function installErrorHandling(
  app: FastifyInstance,
  spaFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean,
): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    // A 5xx this server chose to answer (the relay's 503 while the Caldasa API is down) is an expected
    // state, not a fault: a warning. Only an unexpected error is logged as an error.
    if (problem.status >= 500 && !(error instanceof ApiProblem))
      request.log.error({ err: error }, 'request failed');
    else if (problem.status >= 500)
      request.log.warn(
        { status: problem.status, detail: problem.body.detail },
        'request answered unavailable',
      );
    else
      request.log.info(
        { status: problem.status, detail: problem.body.detail, errors: problem.body.errors },
        'request refused',
      );
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback?.(request, reply)) return reply;
    const path = request.url.split('?')[0] ?? '';
    const detail = path.startsWith('/api/')
      ? `There is no API operation ${request.method} ${path}. The API's paths are in openapi/caldasa.yaml.`
      : `Nothing is served at ${path}.`;
    request.log.info({ status: 404 }, 'no route');
    return sendProblem(reply, { status: 404, body: problemBody(404, detail), headers: {} });
  });
}
