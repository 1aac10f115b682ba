import { useId } from 'react';
import type { EventStatus } from './event-keys';
import { EVENTS_PAGE_SIZE, useEvents, type EventSummary } from './list-events';
import { formatInZone } from './zoned-time';
import { Link } from '../../lib/router';
import { paths } from '../../ui/routes';
import { formatOf } from '../../ui/format';
import { ListFilters } from '../../ui/ListFilters';
import { PagedTable } from '../../ui/PagedTable';
import { QueryError } from '../../ui/QueryError';
import { useListFilters } from '../../ui/use-list-filters';
import { StatusBadge } from '../../ui/StatusBadge';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  event: { id: 'bo.events.event', defaultMessage: 'Event' },
  startsCol: { id: 'bo.events.startsCol', defaultMessage: 'Starts (event time)' },
  starts: { id: 'bo.events.starts', defaultMessage: 'Starts' },
  status: { id: 'bo.events.status', defaultMessage: 'Status' },
  sold: { id: 'bo.events.sold', defaultMessage: 'Sold of capacity' },
  title: { id: 'bo.events.title', defaultMessage: 'Events' },
  newEvent: { id: 'bo.events.newEvent', defaultMessage: 'New event' },
  search: { id: 'bo.events.search', defaultMessage: 'Search events' },
  allStatuses: { id: 'bo.events.allStatuses', defaultMessage: 'All statuses' },
  what: { id: 'bo.events.what', defaultMessage: 'events' },
  loading: { id: 'bo.events.loading', defaultMessage: 'Loading events…' },
  count: { id: 'bo.events.count', defaultMessage: '{count, plural, one {# event} other {# events}}' },
  updating: { id: 'bo.events.updating', defaultMessage: '· updating…' },
  pages: { id: 'bo.events.pages', defaultMessage: 'Events pages' },
});

const STATUSES: readonly EventStatus[] = ['Draft', 'Published', 'Cancelled'];
const COLUMNS = [messages.event, messages.startsCol, messages.status, messages.sold];

function EventRow({ event }: { event: EventSummary }) {
  return (
    <tr>
      <th scope="row">
        <Link href={paths.event(event.id)}>{event.name}</Link>
      </th>
      <td data-label={t(messages.starts)}>{formatInZone(event.startsAt, event.timeZone)}</td>
      <td data-label={t(messages.status)}>
        <StatusBadge status={event.status} />
      </td>
      <td data-label={t(messages.sold)} className="bo-num">
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
          {t(messages.title)}
        </h1>
        <Link className="bo-button bo-primary" href={paths.newEvent()}>
          {t(messages.newEvent)}
        </Link>
      </div>
      <ListFilters
        filters={filters}
        searchLabel={t(messages.search)}
        statusLabel={t(messages.status)}
        allLabel={t(messages.allStatuses)}
        statuses={STATUSES}
      />
      {events.isError && (
        <QueryError error={events.error} what={t(messages.what)} onRetry={() => void events.refetch()} />
      )}
      {events.isPending && <p className="loading">{t(messages.loading)}</p>}
      {events.data && (
        <>
          <p id={countId} role="status" className="muted">
            {t(messages.count, { count: events.data.totalCount })}
            {events.isFetching ? ` ${t(messages.updating)}` : ''}
          </p>
          <PagedTable
            columns={COLUMNS.map((column) => t(column))}
            describedBy={countId}
            pagerLabel={t(messages.pages)}

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
