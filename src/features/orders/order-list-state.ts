/** The orders list's own URL state beyond search, status and page: its sort order and ticket-type filter. */
import type { OrderSort, OrderStatus } from './order-keys';
import { oneOf } from '../../ui/url-state';
import type { ListFilterState } from '../../ui/use-list-filters';
import { defineMessages, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  newest: { id: 'bo.orderSort.newest', defaultMessage: 'Newest first' },
  oldest: { id: 'bo.orderSort.oldest', defaultMessage: 'Oldest first' },
  name: { id: 'bo.orderSort.name', defaultMessage: 'Customer name (A–Z)' },
});

export const ORDER_SORTS: ReadonlyArray<{ value: OrderSort; label: MessageDescriptor }> = [
  { value: 'newest', label: messages.newest },
  { value: 'oldest', label: messages.oldest },
  { value: 'name', label: messages.name },
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
