/**
 * What the sales screens read of an event. Events are the events feature's; app/ loads them and hands them
 * in, and features do not import each other, so this names only the fields used here. The status is a
 * plain string, as the events feature keeps it: a status this app does not know yet must not break sales.
 */
import type { Schemas } from '../../lib/api/api-client';

type Event = Schemas['PublicBookableEventDto'];

export type EventDetail = Pick<Event, 'id' | 'name' | 'timeZone' | 'doorsOpenAt' | 'endsAt' | 'capacity'> & {
  status: string;
};

/** One row of the sales overview. */
export type EventSummary = Pick<
  Event,
  'id' | 'name' | 'startsAt' | 'timeZone' | 'capacity' | 'ticketsSold' | 'ticketsRedeemed'
>;
