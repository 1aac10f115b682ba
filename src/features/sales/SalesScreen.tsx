import type { EventDetail } from './sales-event';
import { formatInZone } from '../events/zoned-time';
import { useTicketSalesReport } from './get-ticket-sales-report';
import { reportCsvRows } from './report-csv';
import { QueryError } from '../../ui/QueryError';
import { toCsv } from '../../ui/csv';
import { downloadText, fileSlug } from '../../ui/download';
import { useNow } from '../../ui/use-now';
import { CheckIns } from './CheckIns';
import { SalesTotals } from './SalesTotals';
import { TierSales } from './TierSales';

const HOUR_MS = 3_600_000;

/** "On" from an hour before doors open until the end: when check-ins and late sales arrive. */
export function isEventLive(event: EventDetail, now: number): boolean {
  if (event.status !== 'Published') return false;
  return now >= Date.parse(event.doorsOpenAt) - HOUR_MS && now <= Date.parse(event.endsAt);
}

/** Totals, per ticket type, and check-ins over time; live-refreshing while the event is on. */
export function SalesScreen({ event }: { event: EventDetail }) {
  const now = useNow(60_000);
  const live = isEventLive(event, now);
  const report = useTicketSalesReport(event.id, live);
  const updated = report.dataUpdatedAt ? new Date(report.dataUpdatedAt).toISOString() : null;

  return (
    <section aria-labelledby="sales-title">
      <div className="bo-title-row">
        <h2 id="sales-title">Sales and check-ins</h2>
        {report.data && (
          <button
            type="button"
            onClick={() =>
              report.data &&
              downloadText(`sales-${fileSlug(event.name)}.csv`, toCsv(reportCsvRows(report.data, event.name)))
            }
          >
            Export report (CSV)
          </button>
        )}
      </div>
      <p className="muted">
        {updated ? `Last updated ${formatInZone(updated, event.timeZone)}` : 'Not loaded yet'}
        {report.isFetching ? ' · refreshing…' : ''}
        {live ? ' · refreshes every 15 s while the event is on' : ''}
      </p>
      {report.isError && (
        <QueryError error={report.error} what="the sales report" onRetry={() => void report.refetch()} />
      )}
      {report.isPending && <p className="loading">Loading the sales report…</p>}
      {report.data && (
        <>
          <SalesTotals report={report.data} eventCapacity={event.capacity} />
          <TierSales tiers={report.data.tiers} currency={report.data.currency} />
          <CheckIns report={report.data} timeZone={event.timeZone} />
        </>
      )}
    </section>
  );
}
