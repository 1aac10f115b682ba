import { EVENTS_PAGE_SIZE, useEvents } from '../../features/events/list-events';
import { SalesOverviewScreen } from '../../features/sales/SalesOverviewScreen';
import { pageFrom, useUrlState } from '../../ui/url-state';

/** The sales overview: the events feature's published events, one page (kept in the URL) at a time. */
export function SalesOverviewRoute() {
  const url = useUrlState();
  const page = pageFrom(url.get('page'));
  const events = useEvents({ status: 'Published', search: '', page });
  return (
    <SalesOverviewScreen
      events={events}
      page={page}
      pageSize={EVENTS_PAGE_SIZE}
      onPage={(next) => url.set({ page: next === 1 ? null : next })}
    />
  );
}
