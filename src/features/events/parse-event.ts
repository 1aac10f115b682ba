/**
 * Reads events from API answers (GET /events, GET /events/{id} and the event mutations' answers).
 * Policy: unknown fields are ignored; a status this app does not know is kept as the server sent it and
 * shown as-is; a missing or mistyped required field makes the event unreadable. A list with one unreadable
 * event is rejected whole: staff read the count, the pages and the sold totals as complete, so a silently
 * shorter list would mislead more than a clear "not understood" with a way to try again.
 */
import type { Schemas } from '../../lib/api/api-client';
import {
  vPublicBookableEventDetailDto,
  vPublicBookableEventDto,
  vPublicBookableEventListResponse,
} from '../../lib/api/caldasa.schemas.gen';
import { array, readWith, tolerant, unknown } from '../../lib/api/tolerant-schema';

/** The contract's event, with its status widened: new statuses must not break the back office. */
export type EventSummary = Omit<Schemas['PublicBookableEventDto'], 'status'> & { status: string };
export type EventList = Omit<Schemas['PublicBookableEventListResponse'], 'items'> & { items: EventSummary[] };
/**
 * The detail only counts its embedded ticket types; reading their fields is the ticket-types feature's job,
 * and features do not import each other.
 */
export type EventDetail = Omit<Schemas['PublicBookableEventDetailDto'], 'status' | 'ticketTypes'> & {
  status: string;
  ticketTypes: readonly unknown[];
};

const eventSummary = tolerant(vPublicBookableEventDto);
const eventDetail = tolerant(vPublicBookableEventDetailDto, {
  override: { ticketTypes: array(unknown()) },
});
const eventList = tolerant(vPublicBookableEventListResponse);

/** One event; null when a required field is missing or has the wrong type. */
export function parseEventSummary(value: unknown): EventSummary | null {
  return readWith(eventSummary, value);
}

/** One event with its detail fields; null when the event or its ticket-type list is unreadable. */
export function parseEventDetail(value: unknown): EventDetail | null {
  return readWith(eventDetail, value);
}

/** One page of events; null when the paging numbers or any one event is unreadable. */
export function parseEventList(value: unknown): EventList | null {
  return readWith(eventList, value);
}
