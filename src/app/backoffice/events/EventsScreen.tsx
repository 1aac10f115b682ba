import { useId, useState } from 'react';
import type { EventStatus } from '../../../features/events/event-keys';
import { EVENTS_PAGE_SIZE, useEvents, type EventSummary } from '../../../features/events/list-events';
import { formatInZone } from '../../../features/events/zoned-time';
import { Link } from '../../router';
import { paths } from '../routes';
import { formatCount, formatOf } from '../ui/format';
import { Pager } from '../ui/Pager';
import { QueryError } from '../ui/QueryError';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { StatusBadge } from './StatusBadge';

const STATUSES: readonly EventStatus[] = ['Draft', 'Published', 'Cancelled'];

function EventRow({ event }: { event: EventSummary }) {
  return (
    <tr>
      <th scope="row">
        <Link href={paths.event(event.id)}>{event.name}</Link>
      </th>
      <td>{formatInZone(event.startsAt, event.timeZone)}</td>
      <td>
        <StatusBadge status={event.status} />
      </td>
      <td className="bo-num">{formatOf(event.ticketsSold, event.capacity)}</td>
    </tr>
  );
}

/** All events, upcoming first, filtered by status and searched by name. */
export function EventsScreen() {
  const [status, setStatus] = useState<EventStatus | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const debouncedSearch = useDebouncedValue(search, 300);
  const events = useEvents({ status, search: debouncedSearch, page });
  const countId = useId();

  return (
    <section aria-labelledby="events-title">
      <div className="bo-title-row">
        <h2 id="events-title">Events</h2>
        <Link className="bo-button bo-primary" href={paths.newEvent()}>
          New event
        </Link>
      </div>
      <div className="bo-filters" role="search">
        <label>
          Search events
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
          />
        </label>
        <label>
          Status
          <select
            value={status ?? ''}
            onChange={(e) => {
              setStatus(STATUSES.find((s) => s === e.target.value) ?? null);
              setPage(1);
            }}
          >
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      {events.isError && (
        <QueryError error={events.error} what="events" onRetry={() => void events.refetch()} />
      )}
      {events.isPending && <p className="loading">Loading events…</p>}
      {events.data && (
        <>
          <p id={countId} role="status" className="muted">
            {formatCount(events.data.totalCount)} events{events.isFetching ? ' · updating…' : ''}
          </p>
          <div className="bo-table-wrap">
            <table aria-describedby={countId}>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Starts (event time)</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sold of capacity</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <EventRow key={event.id} event={event} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Events pages"
            page={page}
            pageSize={EVENTS_PAGE_SIZE}
            totalCount={events.data.totalCount}
            onPage={setPage}
          />
        </>
      )}
    </section>
  );
}
