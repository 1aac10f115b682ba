import type { EventDetail } from '../../../features/events/get-event';
import { formatInZone } from '../../../features/events/zoned-time';
import type { TicketOrder } from '../../../features/orders/list-ticket-orders';
import { StatusBadge } from '../events/StatusBadge';
import { DataTable } from '../ui/DataTable';
import { formatMoney } from '../ui/format';
import { OrderActions } from './OrderActions';

interface OrderDetailProps {
  order: TicketOrder;
  event: EventDetail;
  onChanged: (order: TicketOrder) => void;
}

const TICKET_COLUMNS = ['Holder', 'Type', 'Status', 'Redeemed'];

/** One order: customer, total, status, and each ticket with where and when it was redeemed. */
export function OrderDetail({ order, event, onChanged }: OrderDetailProps) {
  const zone = event.timeZone;
  return (
    <section className="bo-panel" aria-labelledby="order-title">
      <h4 id="order-title">Order {order.orderNumber}</h4>
      <dl className="bo-facts">
        <dt>Customer</dt>
        <dd>{order.customerName}</dd>
        <dt>Email</dt>
        <dd>{order.customerEmail}</dd>
        <dt>Total</dt>
        <dd>{formatMoney(order.total, order.currency)}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={order.status} />
        </dd>
        <dt>Ordered</dt>
        <dd>{formatInZone(order.createdAt, zone)}</dd>
        {order.cancelledAt && (
          <>
            <dt>Cancelled</dt>
            <dd>
              {formatInZone(order.cancelledAt, zone)}
              {order.cancellationReason ? ` · ${order.cancellationReason}` : ''}
            </dd>
          </>
        )}
      </dl>
      <DataTable columns={TICKET_COLUMNS} caption="Tickets in this order">
        {order.tickets.map((ticket) => (
          <tr key={ticket.id}>
            <th scope="row">{ticket.holderName}</th>
            <td>{ticket.ticketTypeName}</td>
            <td>
              <StatusBadge status={ticket.status} />
            </td>
            <td>
              {ticket.redeemedAt
                ? `${formatInZone(ticket.redeemedAt, zone)}${ticket.redeemedAtDoor ? ` at ${ticket.redeemedAtDoor}` : ''}`
                : '—'}
            </td>
          </tr>
        ))}
      </DataTable>
      <OrderActions order={order} eventId={event.id} onChanged={onChanged} />
    </section>
  );
}
