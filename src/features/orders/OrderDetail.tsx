import type { EventDetail } from './order-event';
import { formatInZone } from '../events/zoned-time';
import type { TicketOrder } from './list-ticket-orders';
import { StatusBadge } from '../../ui/StatusBadge';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { formatMoney } from '../../ui/format';
import { OrderActions } from './OrderActions';

interface OrderDetailProps {
  order: TicketOrder | null;
  event: EventDetail;
  onChanged: (order: TicketOrder) => void;
  onClose: () => void;
}

const TICKET_COLUMNS = ['Holder', 'Type', 'Status', 'Redeemed'];

function OrderFacts({ order, zone }: { order: TicketOrder; zone: string }) {
  return (
    <dl className="bo-facts">
      <dt>Customer</dt>
      <dd>{order.customerName}</dd>
      <dt>Email</dt>
      <dd className="bo-email">{order.customerEmail}</dd>
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
  );
}

/**
 * One order in a sheet over the list, where the eye is whatever row was clicked: customer, total, status,
 * and each ticket with where and when it was redeemed. Focus moves to it and back to the row on close.
 */
export function OrderDetail({ order, event, onChanged, onClose }: OrderDetailProps) {
  const zone = event.timeZone;
  return (
    <Dialog
      open={order !== null}
      title={order ? `Order ${order.orderNumber}` : 'Order'}
      variant="sheet"
      onClose={onClose}
    >
      {order && (
        <>
          <OrderFacts order={order} zone={zone} />
          <DataTable columns={TICKET_COLUMNS} caption="Tickets in this order" className="bo-cards">
            {order.tickets.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row">{ticket.holderName}</th>
                <td data-label="Type">{ticket.ticketTypeName}</td>
                <td data-label="Status">
                  <StatusBadge status={ticket.status} />
                </td>
                <td data-label="Redeemed">
                  {ticket.redeemedAt
                    ? `${formatInZone(ticket.redeemedAt, zone)}${ticket.redeemedAtDoor ? ` at ${ticket.redeemedAtDoor}` : ''}`
                    : '—'}
                </td>
              </tr>
            ))}
          </DataTable>
          <OrderActions order={order} eventId={event.id} onChanged={onChanged} />
          <div className="bo-actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
