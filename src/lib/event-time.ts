/**
 * The one way door screens write a time: the event's wall clock ("19:42"), with the day when it is not
 * today there ("Thu 3 Dec 07:21"), and the zone named when it is not the device's own ("19:42 GMT+1").
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a DateTimeFormat costs far more than using one; keep one per zone and style.
function formatter(timeZone: string, withDay: boolean, withZone: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withDay}|${withZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
      ...(withZone ? { timeZoneName: 'short' } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** The device's own IANA zone. */
export function deviceTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A zone the runtime knows; an unknown one (a typo in an event) falls back to the device's. */
export function knownTimeZone(timeZone: string, fallback: string = deviceTimeZone()): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return fallback;
  }
}

function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(date);
}

/** "19:42", "Thu 3 Dec 07:21", "19:42 GMT+1": see the module note. "an unknown time" for unreadable input. */
export function formatEventTime(
  iso: string | null | undefined,
  timeZone: string,
  now: Date = new Date(),
  device: string = deviceTimeZone(),
): string {
  const date = new Date(iso ?? '');
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  const zone = knownTimeZone(timeZone, device);
  const withDay = dayKey(date, zone) !== dayKey(now, zone);
  const text = formatter(zone, withDay, zone !== device).format(date);
  // en-GB puts a comma between the day and the time ("Thu 3 Dec, 07:21"); the door writes it without.
  return text.replace(', ', ' ');
}
