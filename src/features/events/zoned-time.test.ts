import { describe, expect, it } from 'vitest';
import {
  formatInZone,
  zoneSuffix,
  isKnownTimeZone,
  utcToZonedInput,
  zonedInputToUtc,
  zoneOffsetMs,
} from './zoned-time';

describe('zoned time', () => {
  it('reads a winter evening in Amsterdam as one hour ahead of UTC', () => {
    expect(zonedInputToUtc('2030-01-15T19:30', 'Europe/Amsterdam')).toBe('2030-01-15T18:30:00.000Z');
  });

  it('reads a summer evening in Amsterdam as two hours ahead of UTC', () => {
    expect(zonedInputToUtc('2030-07-15T19:30', 'Europe/Amsterdam')).toBe('2030-07-15T17:30:00.000Z');
  });

  it('shows an instant as the wall clock of the event zone, not the browser zone', () => {
    expect(utcToZonedInput('2030-07-15T17:30:00Z', 'Europe/Amsterdam')).toBe('2030-07-15T19:30');
    expect(utcToZonedInput('2030-07-15T17:30:00Z', 'America/New_York')).toBe('2030-07-15T13:30');
    expect(utcToZonedInput('2030-07-15T17:30:00Z', 'Asia/Kolkata')).toBe('2030-07-15T23:00');
  });

  it('round-trips every quarter hour across a spring-forward day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const iso = new Date(Date.UTC(2025, 2, 29, 12) + minutes * 60_000).toISOString();
      const local = utcToZonedInput(iso, 'Europe/Amsterdam');
      expect(zonedInputToUtc(local, 'Europe/Amsterdam')).toBe(iso);
    }
  });

  it('moves a time that does not exist (clocks go forward) past the gap', () => {
    // 30 March 2025, 02:30 never happens in Amsterdam: clocks jump from 02:00 to 03:00.
    expect(zonedInputToUtc('2025-03-30T02:30', 'Europe/Amsterdam')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('picks the earlier of a time that happens twice (clocks go back)', () => {
    // 26 October 2025, 02:30 happens at 00:30Z (summer time) and again at 01:30Z.
    expect(zonedInputToUtc('2025-10-26T02:30', 'Europe/Amsterdam')).toBe('2025-10-26T00:30:00.000Z');
    expect(utcToZonedInput('2025-10-26T01:30:00Z', 'Europe/Amsterdam')).toBe('2025-10-26T02:30');
  });

  it('keeps the minutes either side of the Amsterdam spring gap on their own side', () => {
    // 30 March 2025: 01:59 is still winter time (UTC+1); 03:00 is the first summer minute (UTC+2).
    expect(zonedInputToUtc('2025-03-30T01:59', 'Europe/Amsterdam')).toBe('2025-03-30T00:59:00.000Z');
    expect(zonedInputToUtc('2025-03-30T03:00', 'Europe/Amsterdam')).toBe('2025-03-30T01:00:00.000Z');
    expect(zoneOffsetMs(Date.UTC(2025, 2, 30, 0, 59, 59), 'Europe/Amsterdam')).toBe(60 * 60_000);
    expect(zoneOffsetMs(Date.UTC(2025, 2, 30, 1, 0, 0), 'Europe/Amsterdam')).toBe(2 * 60 * 60_000);
  });

  it('shows both passes through the repeated Amsterdam autumn hour, and the hour after it once', () => {
    // 26 October 2025: clocks go back from 03:00 summer time to 02:00 winter time.
    expect(utcToZonedInput('2025-10-26T00:59:00Z', 'Europe/Amsterdam')).toBe('2025-10-26T02:59');
    expect(utcToZonedInput('2025-10-26T01:00:00Z', 'Europe/Amsterdam')).toBe('2025-10-26T02:00');
    expect(zonedInputToUtc('2025-10-26T02:00', 'Europe/Amsterdam')).toBe('2025-10-26T00:00:00.000Z');
    expect(zonedInputToUtc('2025-10-26T03:00', 'Europe/Amsterdam')).toBe('2025-10-26T02:00:00.000Z');
  });

  it('handles the southern hemisphere and half-hour zones', () => {
    expect(zonedInputToUtc('2030-01-10T20:00', 'Australia/Sydney')).toBe('2030-01-10T09:00:00.000Z');
    expect(zonedInputToUtc('2030-07-10T20:00', 'Australia/Adelaide')).toBe('2030-07-10T10:30:00.000Z');
    expect(zoneOffsetMs(Date.UTC(2030, 6, 10), 'Asia/Kathmandu')).toBe((5 * 60 + 45) * 60_000);
  });

  it('rejects values that are not date-times', () => {
    expect(zonedInputToUtc('', 'UTC')).toBeNull();
    expect(zonedInputToUtc('2030-13-01T10:00', 'UTC')).toBeNull();
    expect(zonedInputToUtc('tomorrow', 'UTC')).toBeNull();
    expect(zonedInputToUtc('2030-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedInputToUtc('2030-01-01T24:00', 'UTC')).toBeNull();
    expect(utcToZonedInput('not a date', 'UTC')).toBe('');
  });

  it('knows IANA zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });

  it('formats for reading in the event zone', () => {
    expect(formatInZone('2030-07-15T17:30:00Z', 'Europe/Amsterdam')).toMatch(/\b(19:30|7:30 PM)/);
  });

  it("names the zone when it is not the device's, in the app's British English", () => {
    const iso = '2026-12-06T01:00:00.000Z';
    expect(formatInZone(iso, 'America/New_York', 'Europe/Amsterdam')).toBe(
      '5 Dec 2026, 20:00 (New York time)',
    );
    expect(formatInZone(iso, 'Europe/Amsterdam', 'Europe/Amsterdam')).toBe('6 Dec 2026, 02:00');
    expect(zoneSuffix('America/Argentina/Buenos_Aires', 'UTC')).toBe(' (Buenos Aires time)');
    expect(zoneSuffix('UTC', 'Europe/Amsterdam')).toBe(' (UTC)');
  });
});
