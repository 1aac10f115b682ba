import { formatInZone } from '../events/zoned-time';
import type { TicketOrder } from './list-ticket-orders';
import { StatusBadge } from '../../ui/StatusBadge';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatMoney } from '../../ui/format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  order: { id: 'bo.ordersTable.order', defaultMessage: 'Order' },
  ordered: { id: 'bo.ordersTable.ordered', defaultMessage: 'Ordered' },
  customer: { id: 'bo.ordersTable.customer', defaultMessage: 'Customer' },
  tickets: { id: 'bo.ordersTable.tickets', defaultMessage: 'Tickets' },
  total: { id: 'bo.ordersTable.total', defaultMessage: 'Total' },
  status: { id: 'bo.ordersTable.status', defaultMessage: 'Status' },
  none: { id: 'bo.ordersTable.none', defaultMessage: 'No orders match.' },
});

interface OrdersTableProps {
  orders: readonly TicketOrder[];
  timeZone: string;
  selectedId: string | null;
  onSelect: (order: TicketOrder) => void;
}

const COLUMNS = [
  messages.order,
  messages.ordered,
  messages.customer,
  messages.tickets,
  messages.total,
  messages.status,
];

/**
 * One page of orders; the order number opens its detail. On a phone each row becomes a card whose cells
 * carry their column's name (`data-label`), so nothing needs a sideways scroll.
 */
export function OrdersTable({ orders, timeZone, selectedId, onSelect }: OrdersTableProps) {
  if (orders.length === 0) return <p>{t(messages.none)}</p>;
  return (
    <DataTable columns={COLUMNS.map((column) => t(column))} className="bo-cards">
      {orders.map((order) => (
        <tr key={order.id}>
          <th scope="row">
            <button
              type="button"
              className="bo-link-button bo-order-number"
              aria-pressed={order.id === selectedId}
              onClick={() => onSelect(order)}
            >
              {order.orderNumber}
            </button>
          </th>
          <td data-label={t(messages.ordered)}>{formatInZone(order.createdAt, timeZone)}</td>
          <td data-label={t(messages.customer)}>
            {order.customerName}
            <br />
            <span className="muted bo-email">{order.customerEmail}</span>
          </td>
          <td data-label={t(messages.tickets)} className="bo-num">
            {formatCount(order.tickets.length)}
          </td>
          <td data-label={t(messages.total)} className="bo-num">
            {formatMoney(order.total, order.currency)}
          </td>
          <td data-label={t(messages.status)}>
            <StatusBadge status={order.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
