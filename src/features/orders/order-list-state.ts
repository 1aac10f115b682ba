/** The orders list's own URL state beyond search, status and page: its sort order and ticket-type filter. */
import type { OrderSort, OrderStatus } from './order-keys';
import { oneOf } from '../../ui/url-state';
import type { ListFilterState } from '../../ui/use-list-filters';

export const ORDER_SORTS: ReadonlyArray<{ value: OrderSort; label: string }> = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'name', label: 'Customer name (A–Z)' },
];

export function orderListState(filters: ListFilterState<OrderStatus>) {
  const { url } = filters;
  const sort =
    oneOf(
      url.get('sort'),
      ORDER_SORTS.map((s) => s.value),
    ) ?? 'newest';
  const ticketTypeId = url.get('type');
  return {
    sort,
    ticketTypeId,
    setSort: (value: OrderSort) => url.set({ sort: value === 'newest' ? null : value, page: null }),
    setTicketType: (id: string | null) => url.set({ type: id, page: null }),
  };
}
