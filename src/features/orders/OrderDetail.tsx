import type { EventDetail } from './order-event';
import { formatInZone } from '../events/zoned-time';
import type { TicketOrder } from './list-ticket-orders';
import { StatusBadge } from '../../ui/StatusBadge';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { formatMoney } from '../../ui/format';
import { OrderActions } from './OrderActions';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  holder: { id: 'bo.orderDetail.holder', defaultMessage: 'Holder' },
  type: { id: 'bo.orderDetail.type', defaultMessage: 'Type' },
  status: { id: 'bo.orderDetail.status', defaultMessage: 'Status' },
  redeemed: { id: 'bo.orderDetail.redeemed', defaultMessage: 'Redeemed' },
  customer: { id: 'bo.orderDetail.customer', defaultMessage: 'Customer' },
  email: { id: 'bo.orderDetail.email', defaultMessage: 'Email' },
  total: { id: 'bo.orderDetail.total', defaultMessage: 'Total' },
  ordered: { id: 'bo.orderDetail.ordered', defaultMessage: 'Ordered' },
  cancelled: { id: 'bo.orderDetail.cancelled', defaultMessage: 'Cancelled' },
  title: { id: 'bo.orderDetail.title', defaultMessage: 'Order {number}' },
  order: { id: 'bo.orderDetail.order', defaultMessage: 'Order' },
  tickets: { id: 'bo.orderDetail.tickets', defaultMessage: 'Tickets in this order' },
  atDoor: { id: 'bo.orderDetail.atDoor', defaultMessage: '{time} at {door}' },
  close: { id: 'bo.orderDetail.close', defaultMessage: 'Close' },
});

interface OrderDetailProps {
  order: TicketOrder | null;
  event: EventDetail;
  onChanged: (order: TicketOrder) => void;
  onClose: () => void;
}

const TICKET_COLUMNS = [messages.holder, messages.type, messages.status, messages.redeemed];

function OrderFacts({ order, zone }: { order: TicketOrder; zone: string }) {
  return (
    <dl className="bo-facts">
      <dt>{t(messages.customer)}</dt>
      <dd>{order.customerName}</dd>
      <dt>{t(messages.email)}</dt>
      <dd className="bo-email">{order.customerEmail}</dd>
      <dt>{t(messages.total)}</dt>
      <dd>{formatMoney(order.total, order.currency)}</dd>
      <dt>{t(messages.status)}</dt>
      <dd>
        <StatusBadge status={order.status} />
      </dd>
      <dt>{t(messages.ordered)}</dt>
      <dd>{formatInZone(order.createdAt, zone)}</dd>
      {order.cancelledAt && (
        <>
          <dt>{t(messages.cancelled)}</dt>
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
      title={order ? t(messages.title, { number: order.orderNumber }) : t(messages.order)}
      variant="sheet"
      onClose={onClose}
    >
      {order && (
        <>
          <OrderFacts order={order} zone={zone} />
          <DataTable
            columns={TICKET_COLUMNS.map((column) => t(column))}
            caption={t(messages.tickets)}
            className="bo-cards"
          >
            {order.tickets.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row">{ticket.holderName}</th>
                <td data-label={t(messages.type)}>{ticket.ticketTypeName}</td>
                <td data-label={t(messages.status)}>
                  <StatusBadge status={ticket.status} />
                </td>
                <td data-label={t(messages.redeemed)}>
                  {ticket.redeemedAt
                    ? ticket.redeemedAtDoor
                      ? t(messages.atDoor, {
                          time: formatInZone(ticket.redeemedAt, zone),
                          door: ticket.redeemedAtDoor,
                        })
                      : formatInZone(ticket.redeemedAt, zone)
                    : '—'}
                </td>
              </tr>
            ))}
          </DataTable>
          <OrderActions order={order} eventId={event.id} onChanged={onChanged} />
          <div className="bo-actions">
            <button type="button" onClick={onClose}>
              {t(messages.close)}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
