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
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  title: { id: 'bo.sales.title', defaultMessage: 'Sales and check-ins' },
  export: { id: 'bo.sales.export', defaultMessage: 'Export report (CSV)' },
  updated: { id: 'bo.sales.updated', defaultMessage: 'Last updated {time}' },
  notLoaded: { id: 'bo.sales.notLoaded', defaultMessage: 'Not loaded yet' },
  refreshing: { id: 'bo.sales.refreshing', defaultMessage: '· refreshing…' },
  live: { id: 'bo.sales.live', defaultMessage: '· refreshes every 15 s while the event is on' },
  what: { id: 'bo.sales.what', defaultMessage: 'the sales report' },
  loading: { id: 'bo.sales.loading', defaultMessage: 'Loading the sales report…' },
});

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
        <h2 id="sales-title">{t(messages.title)}</h2>
        {report.data && (
          <button
            type="button"
            onClick={() =>
              report.data &&
              downloadText(`sales-${fileSlug(event.name)}.csv`, toCsv(reportCsvRows(report.data, event.name)))
            }
          >
            {t(messages.export)}
          </button>
        )}
      </div>
      <p className="muted">
        {updated
          ? t(messages.updated, { time: formatInZone(updated, event.timeZone) })
          : t(messages.notLoaded)}
        {report.isFetching ? ` ${t(messages.refreshing)}` : ''}
        {live ? ` ${t(messages.live)}` : ''}
      </p>
      {report.isError && (
        <QueryError error={report.error} what={t(messages.what)} onRetry={() => void report.refetch()} />
      )}
      {report.isPending && <p className="loading">{t(messages.loading)}</p>}

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
