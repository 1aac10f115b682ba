/**
 * Reads events from API answers (GET /events, GET /events/{id} and the event mutations' answers).
 * Policy: unknown fields are ignored; a status this app does not know is kept as the server sent it and
 * shown as-is; a missing or mistyped required field makes the event unreadable. A list with one unreadable
 * event is rejected whole: staff read the count, the pages and the sold totals as complete, so a silently
 * shorter list would mislead more than a clear "not understood" with a way to try again.
 */
import type { Schemas } from '../../lib/api/api-client';
import {
  asRecord,
  hasAllFields,
  readArray,
  readArrayOf,
  readNullableString,
  readNumber,
  readString,
} from '../../lib/api/read-json';

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

/** One event; null when a required field is missing or has the wrong type. */
export function parseEventSummary(value: unknown): EventSummary | null {
  const record = asRecord(value);
  const event = {
    id: readString(record, 'id'),
    name: readString(record, 'name'),
    description: readNullableString(record, 'description'),
    status: readString(record, 'status'),
    startsAt: readString(record, 'startsAt'),
    endsAt: readString(record, 'endsAt'),
    doorsOpenAt: readString(record, 'doorsOpenAt'),
    timeZone: readString(record, 'timeZone'),
    capacity: readNumber(record, 'capacity'),
    ticketsSold: readNumber(record, 'ticketsSold'),
    ticketsRedeemed: readNumber(record, 'ticketsRedeemed'),
    createdAt: readString(record, 'createdAt'),
    updatedAt: readString(record, 'updatedAt'),
  };
  return hasAllFields(event) ? event : null;
}

/** One event with its detail fields; null when the event or its ticket-type list is unreadable. */
export function parseEventDetail(value: unknown): EventDetail | null {
  const record = asRecord(value);
  const summary = parseEventSummary(record);
  const ticketTypes = readArray(record, 'ticketTypes');
  if (!summary || !ticketTypes) return null;
  return {
    ...summary,
    ticketTypes,
    publishedAt: readNullableString(record, 'publishedAt'),
    cancelledAt: readNullableString(record, 'cancelledAt'),
  };
}

/** One page of events; null when the paging numbers or any one event is unreadable. */
export function parseEventList(value: unknown): EventList | null {
  const record = asRecord(value);
  const list = {
    items: readArrayOf(record, 'items', parseEventSummary),
    page: readNumber(record, 'page'),
    pageSize: readNumber(record, 'pageSize'),
    totalCount: readNumber(record, 'totalCount'),
  };
  return hasAllFields(list) ? list : null;
}
