import type { TicketOrder } from '../../../features/orders/list-ticket-orders';
import { StatusBadge } from '../events/StatusBadge';
import { DataTable } from '../ui/DataTable';
import { formatCount, formatMoney } from '../ui/format';

interface OrdersTableProps {
  orders: readonly TicketOrder[];
  selectedId: string | null;
  onSelect: (order: TicketOrder) => void;
}

const COLUMNS = ['Order', 'Customer', 'Tickets', 'Total', 'Status'];

/** One page of orders; the order number opens its detail. */
export function OrdersTable({ orders, selectedId, onSelect }: OrdersTableProps) {
  if (orders.length === 0) return <p>No orders match.</p>;
  return (
    <DataTable columns={COLUMNS}>
      {orders.map((order) => (
        <tr key={order.id}>
          <th scope="row">
            <button
              type="button"
              className="bo-link-button"
              aria-pressed={order.id === selectedId}
              onClick={() => onSelect(order)}
            >
              {order.orderNumber}
            </button>
          </th>
          <td>
            {order.customerName}
            <br />
            <span className="muted">{order.customerEmail}</span>
          </td>
          <td className="bo-num">{formatCount(order.tickets.length)}</td>
          <td className="bo-num">{formatMoney(order.total, order.currency)}</td>
          <td>
            <StatusBadge status={order.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
