import { afterEach, describe, expect, it } from 'vitest';
import { formatAgo, formatDuration, formatEventDayTime, formatEventTime, formatUntil } from './event-time';
import { loadLanguage } from './i18n';

const now = new Date('2026-07-01T12:00:00Z');

afterEach(() => loadLanguage('en'));

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

  it('keeps one shape in every language: day, clock, zone, separated by spaces', async () => {
    await loadLanguage('de');
    expect(formatEventTime('2026-07-02T05:21:00Z', 'Europe/Berlin', now, 'Europe/Lisbon')).toBe(
      'Do. 2. Juli 07:21 MESZ',
    );
    await loadLanguage('nl');
    expect(formatEventDayTime('2026-07-01T17:42:10Z', 'Europe/Amsterdam', 'Europe/Amsterdam')).toBe(
      'wo 1 jul 19:42',
    );
    expect(formatEventTime('nonsense', 'Europe/Amsterdam', now)).toBe('een onbekende tijd');
  });
});

describe('relative times', () => {
  const at = new Date('2026-07-01T18:00:00Z');
  it('says just now under a minute, then counts minutes and hours', () => {
    expect(formatAgo('2026-07-01T17:59:30Z', at)).toBe('just now');
    expect(formatAgo('2026-07-01T17:57:00Z', at)).toBe('3 min ago');
    expect(formatAgo('2026-07-01T15:30:00Z', at)).toBe('2 hr ago');
  });

  it('rounds the time until up, and says now once it has passed', () => {
    expect(formatUntil('2026-07-01T18:41:20Z', at)).toBe('in 42 min');
    expect(formatUntil('2026-07-01T17:00:00Z', at)).toBe('now');
  });

  it('speaks the chosen language', async () => {
    await loadLanguage('nl');
    expect(formatAgo('2026-07-01T17:57:00Z', at)).toBe('3 min. geleden');
    expect(formatUntil('2026-07-01T18:41:20Z', at)).toBe('over 42 min.');
    await loadLanguage('es');
    expect(formatAgo('2026-07-01T17:59:30Z', at)).toBe('hace un momento');
    expect(formatDuration(125 * 60_000)).toBe('2 h 5 min');
  });
});
