/**
 * Reads ticket orders from API answers (the order list and the cancel answer). Unknown fields are ignored;
 * an order or ticket status this app does not know is kept as sent and shown as-is; a missing or mistyped
 * required field makes the order unreadable. A page with one unreadable order is rejected whole: staff
 * search it to answer a customer and export it for accounting, and an order that silently is not there
 * would read as "no such order"; a clear "not understood" with a way to try again does not mislead.
 */
import type { Schemas } from '../../lib/api/api-client';
import { vPublicTicketOrderDto, vPublicTicketOrdersResponse } from '../../lib/api/caldasa.schemas.gen';
import { readWith, tolerant } from '../../lib/api/tolerant-schema';

/** The contract's ticket, with its status widened so new statuses are shown rather than refused. */
export type OrderTicket = Omit<Schemas['PublicTicketOrderTicketDto'], 'status'> & { status: string };
export type TicketOrder = Omit<Schemas['PublicTicketOrderDto'], 'status' | 'tickets'> & {
  status: string;
  tickets: OrderTicket[];
};
export type TicketOrderPage = Omit<Schemas['PublicTicketOrdersResponse'], 'items'> & { items: TicketOrder[] };

const ticketOrder = tolerant(vPublicTicketOrderDto);
const ticketOrderPage = tolerant(vPublicTicketOrdersResponse);

/** One order with its tickets; null when the order or any one of its tickets is unreadable. */
export function parseTicketOrder(value: unknown): TicketOrder | null {
  return readWith(ticketOrder, value);
}

/** One page of orders; null when the paging numbers or any one order is unreadable. */
export function parseTicketOrderPage(value: unknown): TicketOrderPage | null {
  return readWith(ticketOrderPage, value);
}
