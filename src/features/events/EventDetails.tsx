import type { ReactNode } from 'react';
import type { EventDetail } from './get-event';
import { formatInZone } from './zoned-time';
import { Link } from '../../lib/router';
import { paths } from '../../ui/routes';
import { formatCount, formatOf } from '../../ui/format';

interface Props {
  event: EventDetail;
  /** How many paid orders the event holds; undefined while they are counted. Orders are another feature's. */
  paidOrders: number | undefined;
  /** The status actions and whatever else app/ offers beside "Edit event" (publish, cancel, its orders). */
  actions: ReactNode;
  /** Shown under the actions: app/ puts the orders' bulk-cancel progress here. */
  children?: ReactNode;
}

/** The event's facts, its times on its own clock, and what can be done with it next. */
export function EventDetails({ event, paidOrders, actions, children }: Props) {
  const zone = event.timeZone;
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
        <dd>{paidOrders !== undefined ? formatCount(paidOrders) : '…'}</dd>
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
        {actions}
      </div>
      {children}
    </section>
  );
}
