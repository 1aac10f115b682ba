import { useState } from 'react';
import type { EventDetail } from '../../../features/events/get-event';
import {
  ORDERS_PAGE_SIZE,
  useTicketOrders,
  type TicketOrder,
} from '../../../features/orders/list-ticket-orders';
import type { OrderStatus } from '../../../features/orders/order-keys';
import { formatCount } from '../ui/format';
import { ListFilters } from '../ui/ListFilters';
import { Pager } from '../ui/Pager';
import { QueryError } from '../ui/QueryError';
import { useListFilters } from '../ui/use-list-filters';
import { ExportOrdersButton } from './ExportOrdersButton';
import { OrderDetail } from './OrderDetail';
import { OrdersTable } from './OrdersTable';

const STATUSES: readonly OrderStatus[] = ['Paid', 'Cancelled'];

/** One event's orders: server-side paging, debounced search, status filter, and one order's detail. */
export function OrdersScreen({ event }: { event: EventDetail }) {
  const filters = useListFilters<OrderStatus>();
  const { status, debouncedSearch, page } = filters;
  const [selected, setSelected] = useState<TicketOrder | null>(null);
  const orders = useTicketOrders(event.id, { search: debouncedSearch, status, page });
  // The open order follows fresh data (after a cancel, say) when it is on the page shown.
  const current = orders.data?.items.find((order) => order.id === selected?.id) ?? selected;

  return (
    <section aria-labelledby="orders-title">
      <div className="bo-title-row">
        <h3 id="orders-title">Orders</h3>
        <ExportOrdersButton event={event} search={debouncedSearch} status={status} />
      </div>
      <ListFilters
        filters={filters}
        searchLabel="Search orders"
        searchPlaceholder="Name, email or order number"
        statusLabel="Order status"
        allLabel="All orders"
        statuses={STATUSES}
      />
      {orders.isError && (
        <QueryError error={orders.error} what="orders" onRetry={() => void orders.refetch()} />
      )}
      {orders.isPending && <p className="loading">Loading orders…</p>}
      {orders.data && (
        <div className="bo-split">
          <div>
            <p role="status" className="muted">
              {formatCount(orders.data.totalCount)} orders{orders.isPlaceholderData ? ' · updating…' : ''}
            </p>
            <OrdersTable orders={orders.data.items} selectedId={current?.id ?? null} onSelect={setSelected} />
            <Pager
              label="Orders pages"
              page={page}
              pageSize={ORDERS_PAGE_SIZE}
              totalCount={orders.data.totalCount}
              onPage={filters.setPage}
            />
          </div>
          {current && <OrderDetail order={current} event={event} onChanged={setSelected} />}
        </div>
      )}
    </section>
  );
}
