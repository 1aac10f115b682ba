import type { ReactNode } from 'react';
import type { EventDetail } from './get-event';
import { Link } from '../../lib/router';
import { paths, type EventTab } from '../../ui/routes';
import { StatusBadge } from '../../ui/StatusBadge';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  details: { id: 'bo.eventLayout.details', defaultMessage: 'Details' },
  ticketTypes: { id: 'bo.eventLayout.ticketTypes', defaultMessage: 'Ticket types' },
  orders: { id: 'bo.eventLayout.orders', defaultMessage: 'Orders' },
  sales: { id: 'bo.eventLayout.sales', defaultMessage: 'Sales' },
  all: { id: 'bo.eventLayout.all', defaultMessage: 'All events' },
  sections: { id: 'bo.eventLayout.sections', defaultMessage: 'Event sections' },
});

const TABS: ReadonlyArray<{ tab: EventTab; label: MessageDescriptor }> = [
  { tab: 'details', label: messages.details },
  { tab: 'ticket-types', label: messages.ticketTypes },
  { tab: 'orders', label: messages.orders },
  { tab: 'sales', label: messages.sales },
];

/** One event's heading and its own navigation; the current tab is marked for screen readers. */
export function EventLayout({
  event,
  tab,
  children,
}: {
  event: EventDetail;
  tab: EventTab;
  children: ReactNode;
}) {
  const current = tab === 'edit' ? 'details' : tab;
  return (
    <article className="bo-event" aria-labelledby="event-title">
      <p className="bo-crumb">
        <Link href={paths.events()}>{t(messages.all)}</Link>
      </p>
      <div className="bo-title-row">
        <h1 id="event-title" tabIndex={-1}>
          {event.name}
        </h1>
        <StatusBadge status={event.status} />
      </div>
      <nav className="bo-tabs" aria-label={t(messages.sections)}>
        {TABS.map(({ tab: target, label }) => (
          <Link
            key={target}
            href={paths.event(event.id, target)}
            aria-current={current === target ? 'page' : undefined}
          >
            {t(label)}
          </Link>
        ))}
      </nav>
      {children}
    </article>
  );
}
