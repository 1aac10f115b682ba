/**
 * RFC 9457 problem details, shaped like ASP.NET writes them. Handlers throw an ApiProblem; the one
 * error handler turns it into an `application/problem+json` answer.
 */
import type { Schemas } from './api-types.ts';

export type ProblemBody = Schemas['ProblemDetails'] & { errors?: Record<string, string[]> };
export type FieldErrors = Record<string, string[]>;

/**
 * An empty errors map without a prototype: field names come from the request, and `constructor` or
 * `__proto__` must be plain keys, not Object's own members.
 */
export function emptyFieldErrors(): FieldErrors {
  return Object.create(null) as FieldErrors;
}

const TITLES: Record<number, string> = {
  400: 'One or more validation errors occurred.',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

/** An error that is an expected answer to the client, not a bug. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

/** The problem body for a status, with an `errors` map for 400s (the contract requires it there). */
export function problemBody(status: number, detail: string, errors?: FieldErrors): ProblemBody {
  const body: ProblemBody = {
    type: `https://httpstatuses.io/${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
  };
  if (status === 400) body.errors = errors ?? {};
  return body;
}

export const notFound = (what: string): ApiProblem =>
  new ApiProblem(404, `${what} was not found in this tenant.`);
export const conflict = (detail: string): ApiProblem => new ApiProblem(409, detail);

/** A 400 for checks the contract's schema cannot express (for example "ends after it starts"). */
export function invalid(errors: FieldErrors): ApiProblem {
  return new ApiProblem(400, 'See errors for the fields to fix.', errors);
}

/** Collects field messages; `throwIfAny` raises one 400 with all of them. */
export class FieldErrorCollector {
  readonly errors: FieldErrors = emptyFieldErrors();

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw invalid(this.errors);
  }
}
