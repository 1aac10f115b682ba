import { describe, expect, it } from 'vitest';
import type { DoorEvent } from './list-events';
import { isToday, sortEventsForDoor } from './sort-events';

function event(name: string, startsAt: string, endsAt: string, timeZone = 'Europe/Berlin'): DoorEvent {
  return {
    id: name,
    name,
    startsAt,
    endsAt,
    doorsOpenAt: startsAt,
    timeZone,
    capacity: 100,
    ticketsRedeemed: 0,
    ticketsSold: 0,
  };
}

const now = new Date('2026-07-01T10:00:00Z');
const today = event('Tonight', '2026-07-01T18:00:00Z', '2026-07-01T21:00:00Z');
const soon = event('Next week', '2026-07-08T18:00:00Z', '2026-07-08T21:00:00Z');
const later = event('Next month', '2026-08-01T18:00:00Z', '2026-08-01T21:00:00Z');
const past = event('Last week', '2026-06-24T18:00:00Z', '2026-06-24T21:00:00Z');
const older = event('Last month', '2026-06-01T18:00:00Z', '2026-06-01T21:00:00Z');

describe('sortEventsForDoor', () => {
  it("puts today's events first, then upcoming, then past ones latest first", () => {
    const sorted = sortEventsForDoor([older, later, past, today, soon], now);
    expect(sorted.map((e) => e.name)).toEqual([
      'Tonight',
      'Next week',
      'Next month',
      'Last week',
      'Last month',
    ]);
  });

  it('filters by name, ignoring case', () => {
    expect(sortEventsForDoor([today, soon, later], now, ' NEXT ').map((e) => e.name)).toEqual([
      'Next week',
      'Next month',
    ]);
  });
});

describe('isToday', () => {
  it("uses the event's time zone for the calendar day", () => {
    const lateNight = event('Late', '2026-07-01T22:30:00Z', '2026-07-01T23:30:00Z', 'Europe/Berlin');
    expect(isToday(lateNight, new Date('2026-07-02T06:00:00Z'))).toBe(true);
    expect(isToday(lateNight, new Date('2026-07-01T06:00:00Z'))).toBe(false);
  });
});
