/** Reads the ApiFailure that the features' fetchers attach as an Error's `cause`. */
import type { ApiFailure, ProblemDetails } from '../lib/api/api-client';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  wrong: { id: 'bo.failure.wrong', defaultMessage: 'Something went wrong.' },
  tooMany: {
    id: 'bo.failure.tooMany',
    defaultMessage:
      'Too many requests; try again in {seconds, select, unknown {a few seconds} other {{seconds} seconds}}.',
  },
  gone: { id: 'bo.failure.gone', defaultMessage: 'This no longer exists. It may have been deleted.' },
});

function isApiFailure(value: unknown): value is ApiFailure {
  if (!value || typeof value !== 'object' || !('kind' in value) || !('message' in value)) return false;
  return value.kind === 'network' || value.kind === 'timeout' || value.kind === 'http';
}

/** The transport or server failure behind a query or mutation error, if it was one. */
export function failureOf(error: unknown): ApiFailure | null {
  if (error instanceof Error && isApiFailure(error.cause)) return error.cause;
  return null;
}

/** The HTTP status behind an error, or null for transport failures and bugs. */
export function statusOf(error: unknown): number | null {
  const failure = failureOf(error);
  return failure?.kind === 'http' ? failure.status : null;
}

/** The server's problem body behind an error, if it answered with one. */
export function problemOf(error: unknown): ProblemDetails | undefined {
  const failure = failureOf(error);
  return failure?.kind === 'http' ? failure.problem : undefined;
}

/** Words for a failure a person can act on. */
export function describeFailure(error: unknown): string {
  const failure = failureOf(error);
  if (!failure) return error instanceof Error ? error.message : t(messages.wrong);
  if (failure.kind === 'http' && failure.status === 429) {
    return t(messages.tooMany, { seconds: failure.retryAfter ?? 'unknown' });
  }
  if (failure.kind === 'http' && failure.status === 404) return t(messages.gone);

  return failure.message;
}
