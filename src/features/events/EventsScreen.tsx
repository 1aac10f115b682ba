import { useId } from 'react';
import type { EventStatus } from './event-keys';
import { EVENTS_PAGE_SIZE, useEvents, type EventSummary } from './list-events';
import { formatInZone } from './zoned-time';
import { Link } from '../../lib/router';
import { paths } from '../../ui/routes';
import { formatCountOf, formatOf } from '../../ui/format';
import { ListFilters } from '../../ui/ListFilters';
import { PagedTable } from '../../ui/PagedTable';
import { QueryError } from '../../ui/QueryError';
import { useListFilters } from '../../ui/use-list-filters';
import { StatusBadge } from '../../ui/StatusBadge';

const STATUSES: readonly EventStatus[] = ['Draft', 'Published', 'Cancelled'];
const COLUMNS = ['Event', 'Starts (event time)', 'Status', 'Sold of capacity'];

function EventRow({ event }: { event: EventSummary }) {
  return (
    <tr>
      <th scope="row">
        <Link href={paths.event(event.id)}>{event.name}</Link>
      </th>
      <td data-label="Starts">{formatInZone(event.startsAt, event.timeZone)}</td>
      <td data-label="Status">
        <StatusBadge status={event.status} />
      </td>
      <td data-label="Sold of capacity" className="bo-num">
        {formatOf(event.ticketsSold, event.capacity)}
      </td>
    </tr>
  );
}

/** All events, upcoming first, filtered by status and searched by name. */
export function EventsScreen() {
  const filters = useListFilters(STATUSES);
  const { status, debouncedSearch, page } = filters;
  const events = useEvents({ status, search: debouncedSearch, page });
  const countId = useId();

  return (
    <section aria-labelledby="events-title">
      <div className="bo-title-row">
        <h1 id="events-title" tabIndex={-1}>
          Events
        </h1>
        <Link className="bo-button bo-primary" href={paths.newEvent()}>
          New event
        </Link>
      </div>
      <ListFilters
        filters={filters}
        searchLabel="Search events"
        statusLabel="Status"
        allLabel="All statuses"
        statuses={STATUSES}
      />
      {events.isError && (
        <QueryError error={events.error} what="events" onRetry={() => void events.refetch()} />
      )}
      {events.isPending && <p className="loading">Loading events…</p>}
      {events.data && (
        <>
          <p id={countId} role="status" className="muted">
            {formatCountOf(events.data.totalCount, 'event', 'events')}
            {events.isFetching ? ' · updating…' : ''}
          </p>
          <PagedTable
            columns={COLUMNS}
            describedBy={countId}
            pagerLabel="Events pages"
            page={page}
            pageSize={EVENTS_PAGE_SIZE}
            totalCount={events.data.totalCount}
            onPage={filters.setPage}
          >
            {events.data.items.map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
          </PagedTable>
        </>
      )}
    </section>
  );
}
