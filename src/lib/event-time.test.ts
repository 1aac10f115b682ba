import { describe, expect, it } from 'vitest';
import { formatEventTime } from './event-time';

const now = new Date('2026-07-01T12:00:00Z');

describe('formatEventTime', () => {
  it('writes only the wall clock of the event zone for today there', () => {
    expect(formatEventTime('2026-07-01T17:42:10Z', 'Europe/Berlin', now, 'Europe/Berlin')).toBe('19:42');
  });

  it('adds the day when the time is on another day in the event zone', () => {
    expect(formatEventTime('2026-07-02T05:21:00Z', 'Europe/Berlin', now, 'Europe/Berlin')).toBe(
      'Thu 2 Jul 07:21',
    );
  });

  it('names the zone when the device is in another one', () => {
    expect(formatEventTime('2026-07-01T17:42:10Z', 'Europe/Berlin', now, 'Europe/Lisbon')).toBe('19:42 CEST');
    expect(formatEventTime('2026-07-01T17:42:10Z', 'America/New_York', now, 'Europe/Lisbon')).toBe(
      '13:42 GMT-4',
    );
  });

  it('falls back to the device zone for an unknown zone, and names no zone then', () => {
    expect(formatEventTime('2026-07-01T10:42:10Z', 'Mars/Olympus', now, 'UTC')).toBe('10:42');
  });

  it('says so for a time it cannot read', () => {
    expect(formatEventTime('yesterday', 'Europe/Berlin', now)).toBe('an unknown time');
    expect(formatEventTime(null, 'Europe/Berlin', now)).toBe('an unknown time');
  });
});
