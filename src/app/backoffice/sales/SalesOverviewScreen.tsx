import { useState } from 'react';
import { EVENTS_PAGE_SIZE, useEvents, type EventSummary } from '../../../features/events/list-events';
import { formatInZone } from '../../../features/events/zoned-time';
import { Link } from '../../router';
import { paths } from '../routes';
import { formatOf } from '../ui/format';
import { PagedTable } from '../ui/PagedTable';
import { QueryError } from '../ui/QueryError';

const COLUMNS = ['Event', 'Starts', 'Sold of capacity', 'Checked in of sold'];

function OverviewRow({ event }: { event: EventSummary }) {
  return (
    <tr>
      <th scope="row">
        <Link href={paths.event(event.id, 'sales')}>{event.name}</Link>
      </th>
      <td>{formatInZone(event.startsAt, event.timeZone)}</td>
      <td className="bo-num">{formatOf(event.ticketsSold, event.capacity)}</td>
      <td className="bo-num">{formatOf(event.ticketsRedeemed, event.ticketsSold)}</td>
    </tr>
  );
}

/** Published events at a glance: sold of capacity and checked in of sold, each linking to its report. */
export function SalesOverviewScreen() {
  const [page, setPage] = useState(1);
  const events = useEvents({ status: 'Published', search: '', page });
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title" tabIndex={-1}>
        Sales overview
      </h2>
      {events.isError && (
        <QueryError error={events.error} what="events" onRetry={() => void events.refetch()} />
      )}
      {events.isPending && <p className="loading">Loading…</p>}
      {events.data && (
        <PagedTable
          columns={COLUMNS}
          pagerLabel="Sales overview pages"
          page={page}
          pageSize={EVENTS_PAGE_SIZE}
          totalCount={events.data.totalCount}
          onPage={setPage}
        >
          {events.data.items.map((event) => (
            <OverviewRow key={event.id} event={event} />
          ))}
        </PagedTable>
      )}
    </section>
  );
}
