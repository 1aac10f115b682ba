import { describe, expect, it } from 'vitest';
import { formatAgo, formatClock, formatUntil } from './format-time';

describe('formatClock', () => {
  it('shows the time in the event time zone, not the device one', () => {
    expect(formatClock('2026-07-01T17:42:10Z', 'Europe/Berlin')).toBe('19:42');
    expect(formatClock('2026-07-01T17:42:10Z', 'America/New_York')).toBe('13:42');
  });

  it('follows daylight saving time of the event zone', () => {
    expect(formatClock('2026-01-15T18:00:00Z', 'Europe/Berlin')).toBe('19:00');
  });

  it('falls back to the device zone for an unknown zone', () => {
    expect(formatClock('2026-07-01T17:42:10Z', 'Mars/Olympus')).toMatch(/^\d\d:\d\d$/);
  });

  it('says so for a time it cannot read', () => {
    expect(formatClock('yesterday', 'Europe/Berlin')).toBe('an unknown time');
  });
});

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
