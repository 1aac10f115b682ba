import type { ReactNode } from 'react';
import type { EventDetail } from './get-event';
import { formatInZone } from './zoned-time';
import { Link } from '../../lib/router';
import { paths } from '../../ui/routes';
import { formatCount, formatOf } from '../../ui/format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'bo.eventDetails.title', defaultMessage: 'Details' },
  description: { id: 'bo.eventDetails.description', defaultMessage: 'Description' },
  none: { id: 'bo.eventDetails.none', defaultMessage: 'None' },
  starts: { id: 'bo.eventDetails.starts', defaultMessage: 'Starts' },
  ends: { id: 'bo.eventDetails.ends', defaultMessage: 'Ends' },
  doorsOpen: { id: 'bo.eventDetails.doorsOpen', defaultMessage: 'Doors open' },
  zone: { id: 'bo.eventDetails.zone', defaultMessage: 'Time zone' },
  paidOrders: { id: 'bo.eventDetails.paidOrders', defaultMessage: 'Paid orders' },
  sold: { id: 'bo.eventDetails.sold', defaultMessage: 'Sold of capacity' },
  checkedIn: { id: 'bo.eventDetails.checkedIn', defaultMessage: 'Checked in' },
  edit: { id: 'bo.eventDetails.edit', defaultMessage: 'Edit event' },
});

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
      <h2 id="details-title">{t(messages.title)}</h2>
      <dl className="bo-facts">
        <dt>{t(messages.description)}</dt>
        <dd>{event.description || <span className="muted">{t(messages.none)}</span>}</dd>
        <dt>{t(messages.starts)}</dt>
        <dd>{formatInZone(event.startsAt, zone)}</dd>
        <dt>{t(messages.ends)}</dt>
        <dd>{formatInZone(event.endsAt, zone)}</dd>
        <dt>{t(messages.doorsOpen)}</dt>
        <dd>{formatInZone(event.doorsOpenAt, zone)}</dd>
        <dt>{t(messages.zone)}</dt>
        <dd>{zone}</dd>
        <dt>{t(messages.paidOrders)}</dt>
        <dd>{paidOrders !== undefined ? formatCount(paidOrders) : '…'}</dd>
        <dt>{t(messages.sold)}</dt>
        <dd>{formatOf(event.ticketsSold, event.capacity)}</dd>
        <dt>{t(messages.checkedIn)}</dt>
        <dd>{formatOf(event.ticketsRedeemed, event.ticketsSold)}</dd>
      </dl>
      <div className="bo-actions">
        {event.status !== 'Cancelled' && (
          <Link className="bo-button" href={paths.event(event.id, 'edit')}>
            {t(messages.edit)}
          </Link>
        )}
        {actions}
      </div>
      {children}
    </section>
  );
}
