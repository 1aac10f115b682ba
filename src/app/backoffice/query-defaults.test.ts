import { describe, expect, it } from 'vitest';
import { UnreadableAnswerError } from '../../lib/api/tolerant-schema';
import { retryTransient } from './query-defaults';

function failed(status: number): Error {
  return new Error('failed', {
    cause: {
      kind: 'http',
      status,
      message: 'x',
      retryAfter: null,
      problem: { type: 'x', title: 'x', status },
    },
  });
}

describe('back-office retry policy', () => {
  it('does not retry answers that will not change: 403 door token, 404, 400', () => {
    for (const status of [400, 403, 404, 409]) expect(retryTransient(0, failed(status))).toBe(false);
  });

  it('retries server errors, rate limits and network failures twice', () => {
    expect(retryTransient(0, failed(503))).toBe(true);
    expect(retryTransient(1, failed(429))).toBe(true);
    expect(retryTransient(2, failed(503))).toBe(false);
    expect(retryTransient(0, new Error('offline', { cause: { kind: 'network', message: 'x' } }))).toBe(true);
  });

  it('does not retry an answer it could not understand: asking again gets the same answer', () => {
    expect(retryTransient(0, new UnreadableAnswerError('not understood'))).toBe(false);
  });
});
