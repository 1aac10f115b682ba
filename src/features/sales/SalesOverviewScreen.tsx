import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { formatInZone } from '../events/zoned-time';
import { getTicketSalesReportQueryOptions, type SalesReport } from './get-ticket-sales-report';
import { useApiClient } from '../../lib/api/use-api-client';
import { Link } from '../../lib/router';
import { paths } from '../../ui/routes';
import { formatMoney, formatOf } from '../../ui/format';
import { PagedTable } from '../../ui/PagedTable';
import { QueryError } from '../../ui/QueryError';
import type { EventSummary } from './sales-event';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  event: { id: 'bo.overview.event', defaultMessage: 'Event' },
  starts: { id: 'bo.overview.starts', defaultMessage: 'Starts' },
  sold: { id: 'bo.overview.sold', defaultMessage: 'Sold of capacity' },
  checkedIn: { id: 'bo.overview.checkedIn', defaultMessage: 'Checked in of sold' },
  revenue: { id: 'bo.overview.revenue', defaultMessage: 'Revenue' },
  totalPage: {
    id: 'bo.overview.totalPage',
    defaultMessage: 'Total of the {count, plural, one {# event} other {# events}} on this page',
  },
  totalAll: {
    id: 'bo.overview.totalAll',
    defaultMessage: 'Total of {count, plural, one {# published event} other {# published events}}',
  },
  title: { id: 'bo.overview.title', defaultMessage: 'Sales overview' },
  what: { id: 'bo.overview.what', defaultMessage: 'events' },
  loading: { id: 'bo.overview.loading', defaultMessage: 'Loading…' },
  none: { id: 'bo.overview.none', defaultMessage: 'No published events yet.' },
  pages: { id: 'bo.overview.pages', defaultMessage: 'Sales overview pages' },
});

const COLUMNS = [messages.event, messages.starts, messages.sold, messages.checkedIn, messages.revenue];

function revenueOf(report: SalesReport | undefined): string {
  return report ? formatMoney(report.revenue, report.currency) : '…';
}

function OverviewRow({ event, report }: { event: EventSummary; report: SalesReport | undefined }) {
  return (
    <tr>
      <th scope="row">
        <Link href={paths.event(event.id, 'sales')}>{event.name}</Link>
      </th>
      <td data-label={t(messages.starts)}>{formatInZone(event.startsAt, event.timeZone)}</td>
      <td data-label={t(messages.sold)} className="bo-num">
        {formatOf(event.ticketsSold, event.capacity)}
      </td>
      <td data-label={t(messages.checkedIn)} className="bo-num">
        {formatOf(event.ticketsRedeemed, event.ticketsSold)}
      </td>
      <td data-label={t(messages.revenue)} className="bo-num">
        {revenueOf(report)}
      </td>
    </tr>
  );
}

interface TotalsProps {
  events: EventSummary[];
  reports: SalesReport[];
  label: string;
}

function TotalsRow({ events, reports, label }: TotalsProps) {
  const sum = (pick: (event: EventSummary) => number) => events.reduce((total, e) => total + pick(e), 0);
  const sold = sum((e) => e.ticketsSold);
  const complete = reports.length === events.length && reports.length > 0;
  const currency = reports[0]?.currency;
  const revenue = reports.reduce((total, report) => total + report.revenue, 0);
  return (
    <tr className="bo-total-row">
      <th scope="row">{label}</th>
      <td />
      <td data-label={t(messages.sold)} className="bo-num">
        {formatOf(
          sold,
          sum((e) => e.capacity),
        )}
      </td>
      <td data-label={t(messages.checkedIn)} className="bo-num">
        {formatOf(
          sum((e) => e.ticketsRedeemed),
          sold,
        )}
      </td>
      <td data-label={t(messages.revenue)} className="bo-num">
        {complete && currency ? formatMoney(Math.round(revenue * 100) / 100, currency) : '…'}
      </td>
    </tr>
  );
}

interface Props {
  /** One page of published events (the events feature's list, read by app/ from the URL's page). */
  events: Pick<
    UseQueryResult<{ items: EventSummary[]; totalCount: number }>,
    'data' | 'isError' | 'error' | 'isPending' | 'refetch'
  >;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** Published events at a glance with revenue, and totals across them; each row links to its report. */
export function SalesOverviewScreen({ events, page, pageSize, onPage }: Props) {
  const client = useApiClient();
  const items = events.data?.items ?? [];
  const reports = useQueries({
    queries: items.map((event) => ({
      ...getTicketSalesReportQueryOptions(client!, event.id, false),
      enabled: client !== null,
    })),
  });
  const loaded = reports.flatMap((report) => (report.data ? [report.data] : []));
  const total = events.data?.totalCount ?? 0;
  const label = t(total > items.length ? messages.totalPage : messages.totalAll, { count: items.length });
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title" tabIndex={-1}>
        {t(messages.title)}
      </h1>
      {events.isError && (
        <QueryError error={events.error} what={t(messages.what)} onRetry={() => void events.refetch()} />
      )}
      {events.isPending && <p className="loading">{t(messages.loading)}</p>}
      {events.data && items.length === 0 && <p>{t(messages.none)}</p>}
      {events.data && items.length > 0 && (
        <PagedTable
          columns={COLUMNS.map((column) => t(column))}
          pagerLabel={t(messages.pages)}

          page={page}
          pageSize={pageSize}
          totalCount={total}
          onPage={onPage}
        >
          {items.map((event, index) => (
            <OverviewRow key={event.id} event={event} report={reports[index]?.data} />
          ))}
          <TotalsRow events={items} reports={loaded} label={label} />
        </PagedTable>
      )}
    </section>
  );
}
