import { describe, expect, it } from 'vitest';
import { formatAgo, formatUntil } from './format-time';

describe('formatAgo', () => {
  const now = new Date('2026-07-01T18:00:00Z');
  it('says just now under a minute', () => {
    expect(formatAgo('2026-07-01T17:59:30Z', now)).toBe('just now');
  });
  it('counts minutes, then hours', () => {
    expect(formatAgo('2026-07-01T17:57:00Z', now)).toBe('3 min ago');
    expect(formatAgo('2026-07-01T15:30:00Z', now)).toBe('2 h ago');
  });
});

describe('formatUntil', () => {
  const now = new Date('2026-07-01T18:00:00Z');
  it('rounds the minutes up', () => {
    expect(formatUntil('2026-07-01T18:41:20Z', now)).toBe('in 42 min');
  });
  it('says now once the time has passed', () => {
    expect(formatUntil('2026-07-01T17:00:00Z', now)).toBe('now');
  });
});
