/**
 * Puts a ValidationProblemDetails' `errors` on the form fields they belong to. Servers name fields in
 * several styles (`startsAt`, `StartsAt`, `$.startsAt`, `body.startsAt`, `/startsAt`); messages for
 * fields the form does not have are kept for a message above the form, never dropped.
 */
import type { ProblemDetails } from '../lib/api/api-client';

export interface FieldErrorMap<F extends string> {
  byField: Partial<Record<F, string[]>>;
  other: string[];
}

function normaliseKey(key: string): string {
  const path = key
    .replace(/^\$\.?/, '')
    .replace(/^\/+/, '')
    .replace(/^body[./]/i, '')
    .split(/[./[]/)[0];
  return (path ?? '').toLowerCase();
}

/** Maps each field error to one of `fields` (case-insensitively) or to `other`. */
export function fieldErrorsFrom<F extends string>(
  problem: ProblemDetails | undefined,
  fields: readonly F[],
): FieldErrorMap<F> {
  const result: FieldErrorMap<F> = { byField: {}, other: [] };
  for (const [key, messages] of Object.entries(problem?.errors ?? {})) {
    const field = fields.find((name) => name.toLowerCase() === normaliseKey(key));
    if (field) result.byField[field] = [...(result.byField[field] ?? []), ...messages];
    else
      result.other.push(
        ...messages.map((message) => (key && key !== 'body' ? `${key}: ${message}` : message)),
      );
  }
  if (problem && Object.keys(problem.errors ?? {}).length === 0) {
    result.other.push(problem.detail ?? problem.title);
  }
  return result;
}
