import type { OrderSort, OrderStatus } from './order-keys';
import type { TicketType } from './order-event';
import { ListFilters } from '../../ui/ListFilters';
import type { ListFilterState } from '../../ui/use-list-filters';
import { ORDER_SORTS, orderListState } from './order-list-state';

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
      searchLabel="Search orders"
      searchPlaceholder="Name, email or order number"
      statusLabel="Order status"
      allLabel="All orders"
      statuses={STATUSES}
    >
      <label>
        Ticket type
        <select value={ticketTypeId ?? ''} onChange={(e) => setTicketType(e.target.value || null)}>
          <option value="">All ticket types</option>
          {ticketTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select
          value={sort}
          onChange={(e) => setSort(ORDER_SORTS.find((s) => s.value === e.target.value)?.value ?? 'newest')}
        >
          {ORDER_SORTS.map((option: { value: OrderSort; label: string }) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </ListFilters>
  );
}
