import { useState } from 'react';
import { EVENTS_PAGE_SIZE, useEvents } from '../../../features/events/list-events';
import { formatInZone } from '../../../features/events/zoned-time';
import { Link } from '../../router';
import { paths } from '../routes';
import { formatOf } from '../ui/format';
import { Pager } from '../ui/Pager';
import { QueryError } from '../ui/QueryError';

/** Published events at a glance: sold of capacity and checked in of sold, each linking to its report. */
export function SalesOverviewScreen() {
  const [page, setPage] = useState(1);
  const events = useEvents({ status: 'Published', search: '', page });
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Sales overview</h2>
      {events.isError && (
        <QueryError error={events.error} what="events" onRetry={() => void events.refetch()} />
      )}
      {events.isPending && <p className="loading">Loading…</p>}
      {events.data && (
        <>
          <div className="bo-table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Starts</th>
                  <th scope="col">Sold of capacity</th>
                  <th scope="col">Checked in of sold</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <tr key={event.id}>
                    <th scope="row">
                      <Link href={paths.event(event.id, 'sales')}>{event.name}</Link>
                    </th>
                    <td>{formatInZone(event.startsAt, event.timeZone)}</td>
                    <td className="bo-num">{formatOf(event.ticketsSold, event.capacity)}</td>
                    <td className="bo-num">{formatOf(event.ticketsRedeemed, event.ticketsSold)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Sales overview pages"
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
