import type { ReactNode } from 'react';
import type { EventDetail } from './get-event';
import { Link } from '../../lib/router';
import { paths, type EventTab } from '../../ui/routes';
import { StatusBadge } from '../../ui/StatusBadge';

const TABS: ReadonlyArray<{ tab: EventTab; label: string }> = [
  { tab: 'details', label: 'Details' },
  { tab: 'ticket-types', label: 'Ticket types' },
  { tab: 'orders', label: 'Orders' },
  { tab: 'sales', label: 'Sales' },
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
        <Link href={paths.events()}>All events</Link>
      </p>
      <div className="bo-title-row">
        <h1 id="event-title" tabIndex={-1}>
          {event.name}
        </h1>
        <StatusBadge status={event.status} />
      </div>
      <nav className="bo-tabs" aria-label="Event sections">
        {TABS.map(({ tab: target, label }) => (
          <Link
            key={target}
            href={paths.event(event.id, target)}
            aria-current={current === target ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </article>
  );
}
