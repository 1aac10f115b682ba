/** GET /events/{eventId}/ticket-orders: one page of orders with their tickets, newest first unless sorted. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { orderKeys, type OrderListFilters } from './order-keys';
import { parseTicketOrderPage, type TicketOrder, type TicketOrderPage } from './parse-ticket-order';

export type { TicketOrder, TicketOrderPage } from './parse-ticket-order';

export const ORDERS_PAGE_SIZE = 25;
/** The contract's largest page: exports use it to need as few requests as possible. */
export const ORDERS_MAX_PAGE_SIZE = 200;

export async function listTicketOrders(
  client: CaldasaClient,
  eventId: string,
  filters: OrderListFilters,
  pageSize = ORDERS_PAGE_SIZE,
): Promise<TicketOrderPage> {
  const search = filters.search.trim();
  const result = await callApi(() =>
    client.GET('/events/{eventId}/ticket-orders', {
      params: {
        path: { eventId },
        query: {
          page: filters.page,
          pageSize,
          ...(search ? { search } : {}),
          ...(filters.status ? { status: filters.status } : {}),
          ...(filters.ticketTypeId ? { ticketTypeId: filters.ticketTypeId } : {}),
          ...(filters.sort && filters.sort !== 'newest' ? { sort: filters.sort } : {}),
        },
      },
    }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseTicketOrderPage, 'the orders list');
}

export function listTicketOrdersQueryOptions(
  client: CaldasaClient,
  eventId: string,
  filters: OrderListFilters,
) {
  return queryOptions({
    queryKey: orderKeys.list(eventId, filters),
    queryFn: () => listTicketOrders(client, eventId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useTicketOrders(eventId: string, filters: OrderListFilters) {
  const client = useApiClient();
  return useQuery({ ...listTicketOrdersQueryOptions(client!, eventId, filters), enabled: client !== null });
}

/** Every page of a filtered list, for export; `onProgress` hears how many of how many are in. */
export async function listAllTicketOrders(
  client: CaldasaClient,
  eventId: string,
  filters: Omit<OrderListFilters, 'page'>,
  onProgress: (loaded: number, total: number) => void,
  pageSize = ORDERS_MAX_PAGE_SIZE,
): Promise<TicketOrder[]> {
  const orders: TicketOrder[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await listTicketOrders(client, eventId, { ...filters, page }, pageSize);
    orders.push(...answer.items);
    onProgress(orders.length, answer.totalCount);
    if (answer.items.length === 0 || orders.length >= answer.totalCount) return orders;
  }
}
