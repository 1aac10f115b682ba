import type { OrderStatus } from './order-keys';
import type { TicketType } from './order-event';
import { ListFilters } from '../../ui/ListFilters';
import type { ListFilterState } from '../../ui/use-list-filters';
import { ORDER_SORTS, orderListState } from './order-list-state';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  search: { id: 'bo.orderFilters.search', defaultMessage: 'Search orders' },
  placeholder: { id: 'bo.orderFilters.placeholder', defaultMessage: 'Name, email or order number' },
  status: { id: 'bo.orderFilters.status', defaultMessage: 'Order status' },
  all: { id: 'bo.orderFilters.all', defaultMessage: 'All orders' },
  type: { id: 'bo.orderFilters.type', defaultMessage: 'Ticket type' },
  allTypes: { id: 'bo.orderFilters.allTypes', defaultMessage: 'All ticket types' },
  sort: { id: 'bo.orderFilters.sort', defaultMessage: 'Sort by' },
});

const STATUSES: readonly OrderStatus[] = ['Paid', 'Cancelled'];

interface Props {
  filters: ListFilterState<OrderStatus>;
  ticketTypes: readonly TicketType[];
}

/** Search, status, ticket type and sort order of the orders list; every choice is kept in the URL. */
export function OrderFilters({ filters, ticketTypes }: Props) {
  const { sort, ticketTypeId, setSort, setTicketType } = orderListState(filters);
  return (
    <ListFilters
      filters={filters}
      searchLabel={t(messages.search)}
      searchPlaceholder={t(messages.placeholder)}
      statusLabel={t(messages.status)}
      allLabel={t(messages.all)}
      statuses={STATUSES}
    >
      <label>
        {t(messages.type)}
        <select value={ticketTypeId ?? ''} onChange={(e) => setTicketType(e.target.value || null)}>
          <option value="">{t(messages.allTypes)}</option>
          {ticketTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(messages.sort)}

        <select
          value={sort}
          onChange={(e) => setSort(ORDER_SORTS.find((s) => s.value === e.target.value)?.value ?? 'newest')}
        >
          {ORDER_SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </label>
    </ListFilters>
  );
}
