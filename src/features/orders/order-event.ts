/**
 * What the orders screens read of their event. The event is the events feature's; app/ loads it and hands
 * it in, and features do not import each other, so this names only the fields used here.
 */
import type { Schemas } from '../../lib/api/api-client';

export type EventDetail = Pick<Schemas['PublicBookableEventDetailDto'], 'id' | 'name' | 'timeZone'>;

/** A ticket type as the orders filter offers it. */
export type TicketType = Pick<Schemas['PublicTicketTypeDto'], 'id' | 'name'>;
