/** Orders events for the picker: today's first (in each event's own time zone), then upcoming, then past. */
import type { DoorEvent } from './list-events';

function dayIn(iso: string | Date, timeZone: string): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** True when the event runs on the local calendar day of `now` in its time zone. */
export function isToday(event: DoorEvent, now: Date): boolean {
  const today = dayIn(now, event.timeZone);
  return dayIn(event.startsAt, event.timeZone) <= today && today <= dayIn(event.endsAt, event.timeZone);
}

function rank(event: DoorEvent, now: Date): number {
  if (isToday(event, now)) return 0;
  return new Date(event.endsAt).getTime() >= now.getTime() ? 1 : 2;
}

/** Today's events first, then upcoming soonest first, then past ones latest first; filtered by `search`. */
export function sortEventsForDoor(events: DoorEvent[], now: Date, search = ''): DoorEvent[] {
  const needle = search.trim().toLocaleLowerCase();
  const matching = needle ? events.filter((e) => e.name.toLocaleLowerCase().includes(needle)) : events;
  return [...matching].sort((a, b) => {
    const byRank = rank(a, now) - rank(b, now);
    if (byRank !== 0) return byRank;
    const byStart = a.startsAt.localeCompare(b.startsAt);
    return rank(a, now) === 2 ? -byStart : byStart;
  });
}
