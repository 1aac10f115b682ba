/**
 * Reads ticket types from API answers (the list, and the create and update answers). Unknown fields are
 * ignored; a missing or mistyped required field (id, name, price and the counts the table shows) makes the
 * type unreadable. A list with one unreadable type is rejected whole: its sold and remaining numbers are
 * read against the event's capacity, and a missing row would make them look wrong without saying why.
 */
import type { Schemas } from '../../lib/api/api-client';
import {
  asRecord,
  hasAllFields,
  readArrayOf,
  readNullableString,
  readNumber,
  readString,
} from '../../lib/api/read-json';

export type TicketType = Schemas['PublicTicketTypeDto'];

/** One ticket type; null when a required field is missing or has the wrong type. */
export function parseTicketType(value: unknown): TicketType | null {
  const record = asRecord(value);
  const type = {
    id: readString(record, 'id'),
    bookableEventId: readString(record, 'bookableEventId'),
    name: readString(record, 'name'),
    description: readNullableString(record, 'description'),
    price: readNumber(record, 'price'),
    currency: readString(record, 'currency'),
    quantity: readNumber(record, 'quantity'),
    sold: readNumber(record, 'sold'),
    remaining: readNumber(record, 'remaining'),
    redeemed: readNumber(record, 'redeemed'),
  };
  return hasAllFields(type) ? type : null;
}

/** The `{ items }` answer of GET /events/{eventId}/ticket-types; null when any one type is unreadable. */
export function parseTicketTypeList(value: unknown): TicketType[] | null {
  return readArrayOf(asRecord(value), 'items', parseTicketType) ?? null;
}
