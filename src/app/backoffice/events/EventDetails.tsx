import type { EventDetail } from '../../../features/events/get-event';
import { formatInZone } from '../../../features/events/zoned-time';
import { useTicketOrders } from '../../../features/orders/list-ticket-orders';
import { Link } from '../../router';
import { BulkCancelPanel } from '../bulk-cancel/BulkCancelPanel';
import { CancelRemainingOrders } from '../bulk-cancel/CancelRemainingOrders';
import { paths } from '../routes';
import { formatCount, formatOf } from '../ui/format';
import { EventStatusActions } from './EventStatusActions';

/** The event's facts, its times on its own clock, and what can be done with it next. */
export function EventDetails({ event }: { event: EventDetail }) {
  const zone = event.timeZone;
  const paid = useTicketOrders(event.id, { search: '', status: 'Paid', page: 1 });
  const paidOrders = paid.data?.totalCount ?? 0;
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="bo-facts">
        <dt>Description</dt>
        <dd>{event.description || <span className="muted">None</span>}</dd>
        <dt>Starts</dt>
        <dd>{formatInZone(event.startsAt, zone)}</dd>
        <dt>Ends</dt>
        <dd>{formatInZone(event.endsAt, zone)}</dd>
        <dt>Doors open</dt>
        <dd>{formatInZone(event.doorsOpenAt, zone)}</dd>
        <dt>Time zone</dt>
        <dd>{zone}</dd>
        <dt>Paid orders</dt>
        <dd>{paid.data ? formatCount(paidOrders) : '…'}</dd>
        <dt>Sold of capacity</dt>
        <dd>{formatOf(event.ticketsSold, event.capacity)}</dd>
        <dt>Checked in</dt>
        <dd>{formatOf(event.ticketsRedeemed, event.ticketsSold)}</dd>
      </dl>
      <div className="bo-actions">
        {event.status !== 'Cancelled' && (
          <Link className="bo-button" href={paths.event(event.id, 'edit')}>
            Edit event
          </Link>
        )}
        <EventStatusActions event={event} paidOrders={paidOrders} />
        {event.status === 'Cancelled' && <CancelRemainingOrders eventId={event.id} paidOrders={paidOrders} />}
      </div>
      <BulkCancelPanel eventId={event.id} />
    </section>
  );
}
