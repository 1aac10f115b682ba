/** The demo tenant's events, made relative to the moment the seed runs. */
import type { Schemas } from '../api-types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DemoEvent {
  key: 'open' | 'tomorrow' | 'draft' | 'cancelled';
  request: Schemas['CreatePublicBookableEventRequest'];
  ticketTypes: Schemas['CreatePublicTicketTypeRequest'][];
  orders: number;
}

function at(now: number, offset: number): string {
  return new Date(now + offset).toISOString();
}

function tiers(ga: number, vip: number, student: number): Schemas['CreatePublicTicketTypeRequest'][] {
  return [
    { name: 'GA', description: 'General admission, standing.', price: 29.5, quantity: ga },
    { name: 'VIP', description: 'Balcony, early entry and a drink.', price: 79, quantity: vip },
    {
      name: 'Student',
      description: 'Valid student ID required at the door.',
      price: 19.95,
      quantity: student,
    },
  ];
}

export function demoEvents(now: number): DemoEvent[] {
  return [
    {
      key: 'open',
      request: {
        name: 'The Midnight Owls — Live',
        description: 'Doors are open now: scan the printed tickets to try the door app.',
        doorsOpenAt: at(now, -HOUR / 2),
        startsAt: at(now, HOUR / 2),
        endsAt: at(now, 4 * HOUR),
        capacity: 1500,
      },
      ticketTypes: tiers(1000, 300, 300),
      orders: 520,
    },
    {
      key: 'tomorrow',
      request: {
        name: 'Sunday Jazz Brunch',
        description: 'Doors open tomorrow; scanning today shows "doors not open".',
        doorsOpenAt: at(now, DAY),
        startsAt: at(now, DAY + HOUR),
        endsAt: at(now, DAY + 4 * HOUR),
        capacity: 600,
      },
      ticketTypes: tiers(300, 150, 150),
      orders: 130,
    },
    {
      key: 'draft',
      request: {
        name: "New Year's Eve Gala",
        startsAt: at(now, 30 * DAY),
        endsAt: at(now, 30 * DAY + 6 * HOUR),
        capacity: 800,
      },
      ticketTypes: tiers(600, 100, 100),
      orders: 0,
    },
    {
      key: 'cancelled',
      request: {
        name: 'Summer Open Air (cancelled)',
        startsAt: at(now, 10 * DAY),
        endsAt: at(now, 10 * DAY + 8 * HOUR),
        capacity: 2000,
      },
      ticketTypes: tiers(1500, 200, 300),
      orders: 25,
    },
  ];
}
