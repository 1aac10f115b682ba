/** Time helpers: the database keeps `toISOString()` text, which sorts correctly as a string. */

/** Normalises any RFC 3339 date-time (validated by the contract) to UTC `toISOString()` form. */
export function toUtc(dateTime: string): string {
  return new Date(dateTime).toISOString();
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
