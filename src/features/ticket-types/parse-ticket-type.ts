/**
 * Reads ticket types from API answers (the list, and the create and update answers). Unknown fields are
 * ignored; a missing or mistyped required field (id, name, price and the counts the table shows) makes the
 * type unreadable. A list with one unreadable type is rejected whole: its sold and remaining numbers are
 * read against the event's capacity, and a missing row would make them look wrong without saying why.
 */
import type { Schemas } from '../../lib/api/api-client';
import { vPublicTicketTypeDto, vPublicTicketTypeListResponse } from '../../lib/api/caldasa.schemas.gen';
import { readWith, tolerant } from '../../lib/api/tolerant-schema';

export type TicketType = Schemas['PublicTicketTypeDto'];

const ticketType = tolerant(vPublicTicketTypeDto);
const ticketTypeList = tolerant(vPublicTicketTypeListResponse);

/** One ticket type; null when a required field is missing or has the wrong type. */
export function parseTicketType(value: unknown): TicketType | null {
  return readWith(ticketType, value);
}

/** The `{ items }` answer of GET /events/{eventId}/ticket-types; null when any one type is unreadable. */
export function parseTicketTypeList(value: unknown): TicketType[] | null {
  return readWith(ticketTypeList, value)?.items ?? null;
}
