import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelayMs, nextAttemptAt, parseRetryAfter } from './retry-timing';

const now = new Date('2030-03-01T12:00:00.000Z');

describe('backoff with full jitter', () => {
  it('grows from 1 s and doubles per attempt', () => {
    const top = () => 0.999999;
    expect(backoffDelayMs(1, top)).toBe(999);
    expect(backoffDelayMs(2, top)).toBe(1_999);
    expect(backoffDelayMs(4, top)).toBe(7_999);
  });

  it('never waits longer than 60 s, however many attempts', () => {
    expect(backoffDelayMs(50, () => 0.999999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffDelayMs(1_000, () => 1)).toBe(BACKOFF_CAP_MS);
  });

  it('picks anywhere from zero up to the ceiling', () => {
    expect(backoffDelayMs(3, () => 0)).toBe(0);
    expect(backoffDelayMs(3, () => 0.5)).toBe(2_000);
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date as the time left until then', () => {
    expect(parseRetryAfter('Fri, 01 Mar 2030 12:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Fri, 01 Mar 2030 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable value', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
  });

  it('waits for the server when it asks for longer than the backoff', () => {
    expect(nextAttemptAt(1, '30', now, () => 0.5).toISOString()).toBe('2030-03-01T12:00:30.000Z');
  });

  it('keeps the backoff when it is longer than the server asks', () => {
    expect(nextAttemptAt(6, '1', now, () => 0.5).toISOString()).toBe('2030-03-01T12:00:16.000Z');
  });
});
