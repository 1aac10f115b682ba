/** The one factory for ticket orders' query keys: one event's lists sit under `orders, list, eventId`. */
import type { Schemas } from '../../lib/api/api-client';

export type OrderStatus = Schemas['PublicTicketOrderStatus'];
export type OrderSort = Schemas['PublicTicketOrderSort'];

export interface OrderListFilters {
  search: string;
  status: OrderStatus | null;
  /** Only orders holding a ticket of this type; null for all. */
  ticketTypeId?: string | null;
  /** Newest first when left out, as the API's default. */
  sort?: OrderSort;
  page: number;
}

export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  eventLists: (eventId: string) => [...orderKeys.lists(), eventId] as const,
  list: (eventId: string, filters: OrderListFilters) => [...orderKeys.eventLists(eventId), filters] as const,
};
