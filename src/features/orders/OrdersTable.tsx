import { formatInZone } from '../events/zoned-time';
import type { TicketOrder } from './list-ticket-orders';
import { StatusBadge } from '../../ui/StatusBadge';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatMoney } from '../../ui/format';

interface OrdersTableProps {
  orders: readonly TicketOrder[];
  timeZone: string;
  selectedId: string | null;
  onSelect: (order: TicketOrder) => void;
}

const COLUMNS = ['Order', 'Ordered', 'Customer', 'Tickets', 'Total', 'Status'];

/**
 * One page of orders; the order number opens its detail. On a phone each row becomes a card whose cells
 * carry their column's name (`data-label`), so nothing needs a sideways scroll.
 */
export function OrdersTable({ orders, timeZone, selectedId, onSelect }: OrdersTableProps) {
  if (orders.length === 0) return <p>No orders match.</p>;
  return (
    <DataTable columns={COLUMNS} className="bo-cards">
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
          <td data-label="Ordered">{formatInZone(order.createdAt, timeZone)}</td>
          <td data-label="Customer">
            {order.customerName}
            <br />
            <span className="muted bo-email">{order.customerEmail}</span>
          </td>
          <td data-label="Tickets" className="bo-num">
            {formatCount(order.tickets.length)}
          </td>
          <td data-label="Total" className="bo-num">
            {formatMoney(order.total, order.currency)}
          </td>
          <td data-label="Status">
            <StatusBadge status={order.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
