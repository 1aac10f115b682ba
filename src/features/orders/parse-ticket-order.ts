/**
 * Reads ticket orders from API answers (the order list and the cancel answer). Unknown fields are ignored;
 * an order or ticket status this app does not know is kept as sent and shown as-is; a missing or mistyped
 * required field makes the order unreadable. A page with one unreadable order is rejected whole: staff
 * search it to answer a customer and export it for accounting, and an order that silently is not there
 * would read as "no such order"; a clear "not understood" with a way to try again does not mislead.
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

/** The contract's ticket, with its status widened so new statuses are shown rather than refused. */
export type OrderTicket = Omit<Schemas['PublicTicketOrderTicketDto'], 'status'> & { status: string };
export type TicketOrder = Omit<Schemas['PublicTicketOrderDto'], 'status' | 'tickets'> & {
  status: string;
  tickets: OrderTicket[];
};
export type TicketOrderPage = Omit<Schemas['PublicTicketOrdersResponse'], 'items'> & { items: TicketOrder[] };

/** One ticket of an order; null when a required field is missing or has the wrong type. */
export function parseOrderTicket(value: unknown): OrderTicket | null {
  const record = asRecord(value);
  const ticket = {
    id: readString(record, 'id'),
    ticketTypeId: readString(record, 'ticketTypeId'),
    ticketTypeName: readString(record, 'ticketTypeName'),
    holderName: readString(record, 'holderName'),
    status: readString(record, 'status'),
    redeemedAt: readNullableString(record, 'redeemedAt'),
    redeemedAtDoor: readNullableString(record, 'redeemedAtDoor'),
    redeemedByUserId: readNullableString(record, 'redeemedByUserId'),
  };
  return hasAllFields(ticket) ? ticket : null;
}

/** One order with its tickets; null when the order or any one of its tickets is unreadable. */
export function parseTicketOrder(value: unknown): TicketOrder | null {
  const record = asRecord(value);
  const order = {
    id: readString(record, 'id'),
    orderNumber: readString(record, 'orderNumber'),
    bookableEventId: readString(record, 'bookableEventId'),
    customerName: readString(record, 'customerName'),
    customerEmail: readString(record, 'customerEmail'),
    status: readString(record, 'status'),
    total: readNumber(record, 'total'),
    currency: readString(record, 'currency'),
    createdAt: readString(record, 'createdAt'),
    cancelledAt: readNullableString(record, 'cancelledAt'),
    cancellationReason: readNullableString(record, 'cancellationReason'),
    tickets: readArrayOf(record, 'tickets', parseOrderTicket),
  };
  return hasAllFields(order) ? order : null;
}

/** One page of orders; null when the paging numbers or any one order is unreadable. */
export function parseTicketOrderPage(value: unknown): TicketOrderPage | null {
  const record = asRecord(value);
  const page = {
    items: readArrayOf(record, 'items', parseTicketOrder),
    page: readNumber(record, 'page'),
    pageSize: readNumber(record, 'pageSize'),
    totalCount: readNumber(record, 'totalCount'),
  };
  return hasAllFields(page) ? page : null;
}
