import { useState } from 'react';
import type { EventDetail, TicketType } from './order-event';
import { ORDERS_PAGE_SIZE, useTicketOrders, type TicketOrder } from './list-ticket-orders';
import type { OrderStatus } from './order-keys';
import { Pager } from '../../ui/Pager';
import { QueryError } from '../../ui/QueryError';
import { useListFilters } from '../../ui/use-list-filters';
import { ExportOrdersButton } from './ExportOrdersButton';
import { OrderDetail } from './OrderDetail';
import { OrderFilters } from './OrderFilters';
import { orderListState } from './order-list-state';
import { OrdersTable } from './OrdersTable';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'bo.orders.title', defaultMessage: 'Orders' },
  what: { id: 'bo.orders.what', defaultMessage: 'orders' },
  loading: { id: 'bo.orders.loading', defaultMessage: 'Loading orders…' },
  count: { id: 'bo.orders.count', defaultMessage: '{count, plural, one {# order} other {# orders}}' },
  updating: { id: 'bo.orders.updating', defaultMessage: '· updating…' },
  pages: { id: 'bo.orders.pages', defaultMessage: 'Orders pages' },
});

const STATUSES: readonly OrderStatus[] = ['Paid', 'Cancelled'];

interface Props {
  event: EventDetail;
  /** The event's ticket types for the filter (the ticket-types feature's, handed in by app/); empty while loading. */
  ticketTypes: readonly TicketType[];
}

/** One event's orders: server-side paging, search, filters and sort kept in the URL, one order's detail. */
export function OrdersScreen({ event, ticketTypes }: Props) {
  const filters = useListFilters(STATUSES);
  const { status, debouncedSearch: search, page } = filters;
  const { sort, ticketTypeId } = orderListState(filters);
  const [selected, setSelected] = useState<TicketOrder | null>(null);
  const orders = useTicketOrders(event.id, { search, status, page, sort, ticketTypeId });
  // The open order follows fresh data (after a cancel, say) when it is on the page shown.
  const current = orders.data?.items.find((order) => order.id === selected?.id) ?? selected;

  return (
    <section aria-labelledby="orders-title">
      <div className="bo-title-row">
        <h2 id="orders-title">{t(messages.title)}</h2>
        <ExportOrdersButton event={event} search={search} status={status} ticketTypeId={ticketTypeId} />
      </div>
      <OrderFilters filters={filters} ticketTypes={ticketTypes} />
      {orders.isError && (
        <QueryError error={orders.error} what={t(messages.what)} onRetry={() => void orders.refetch()} />
      )}
      {orders.isPending && <p className="loading">{t(messages.loading)}</p>}
      {orders.data && (
        <>
          <p role="status" className="muted">
            {t(messages.count, { count: orders.data.totalCount })}
            {orders.isPlaceholderData ? ` ${t(messages.updating)}` : ''}
          </p>
          <OrdersTable
            orders={orders.data.items}
            timeZone={event.timeZone}
            selectedId={current?.id ?? null}
            onSelect={setSelected}
          />
          <Pager
            label={t(messages.pages)}

            page={page}
            pageSize={ORDERS_PAGE_SIZE}
            totalCount={orders.data.totalCount}
            onPage={filters.setPage}
          />
        </>
      )}
      <OrderDetail order={current} event={event} onChanged={setSelected} onClose={() => setSelected(null)} />
    </section>
  );
}
