/** Time helpers: the database keeps `toISOString()` text, which sorts correctly as a string. */

// The years toISOString writes with four digits: outside them it writes `+010000-…` or `-000001-…`,
// which is not RFC 3339 and no longer sorts as text.
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');
const LEAP_SECOND = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:60/;

export type Instant = { ok: true; iso: string; ms: number } | { ok: false; problem: string };

/** A millisecond time as an Instant, refused when its UTC year is outside 0000–9999. */
export function instantAt(ms: number): Instant {
  if (!Number.isFinite(ms) || ms < FIRST_INSTANT || ms > LAST_INSTANT)
    return { ok: false, problem: 'Must fall within the years 0000 to 9999 in UTC.' };
  return { ok: true, iso: new Date(ms).toISOString(), ms };
}

/**
 * Normalises an RFC 3339 date-time (its format checked by the contract) to UTC `toISOString()` form, or
 * says why it cannot be stored: a leap second (JavaScript dates have none) or a year out of range.
 */
export function parseInstant(dateTime: string): Instant {
  if (LEAP_SECOND.test(dateTime))
    return { ok: false, problem: 'Leap seconds (:60) are not supported; use :59 instead.' };
  const ms = Date.parse(dateTime);
  if (Number.isNaN(ms))
    return {
      ok: false,
      problem: 'Must be an RFC 3339 date-time with a time zone, for example 2030-06-01T19:30:00Z.',
    };
  return instantAt(ms);
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Building a DateTimeFormat costs far more than using one; keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Sat 14 Jun, 19:00" in the event's zone, for messages shown at the door. */
export function formatLocal(iso: string, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const options = {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    } as const;
    formatter = new Intl.DateTimeFormat('en-GB', options);
    formatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(iso));
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}
