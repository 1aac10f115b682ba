/** Times on the verdict screen: wall-clock in the event's time zone and rough distances from now. */

/** "19:42" in the given IANA time zone; falls back to the device zone when the zone is unknown. */
export function formatClock(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** "3 min ago", "just now" (under a minute), "2 h ago". */
export function formatAgo(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  if (ms < 60_000) return 'just now';
  return `${span(ms)} ago`;
}

/** "in 42 min", "in less than a minute", or "now" once the time has passed. */
export function formatUntil(iso: string, now: Date): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return 'now';
  if (ms < 60_000) return 'in less than a minute';
  // Rounded up: "doors open in 42 min" must not be said when 42 minutes and some seconds remain.
  return `in ${span(Math.ceil(ms / 60_000) * 60_000)}`;
}
