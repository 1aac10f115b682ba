/**
 * What the ticket-types screen reads of its event. The event is the events feature's; app/ loads it and
 * hands it in, and features do not import each other, so this names only the fields used here.
 */
import type { Schemas } from '../../lib/api/api-client';

export type EventDetail = Pick<Schemas['PublicBookableEventDetailDto'], 'id'> & { status: string };
