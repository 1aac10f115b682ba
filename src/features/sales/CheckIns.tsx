import { useMemo } from 'react';
import { formatInZone } from '../events/zoned-time';
import { checkInSeries } from './check-in-series';
import type { SalesReport } from './get-ticket-sales-report';
import { DataTable } from '../../ui/DataTable';
import { formatCount } from '../../ui/format';
import { CheckInChart } from './CheckInChart';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  from: { id: 'bo.checkIns.from', defaultMessage: 'From' },
  arrivals: { id: 'bo.checkIns.arrivals', defaultMessage: 'Arrivals' },
  running: { id: 'bo.checkIns.running', defaultMessage: 'Running total' },
  label: {
    id: 'bo.checkIns.label',
    defaultMessage: 'Check-ins over time: {total} in total.',
  },
  labelPeak: {
    id: 'bo.checkIns.labelPeak',
    defaultMessage: 'Check-ins over time: {total} in total, busiest {time} with {count}.',
  },
  title: {
    id: 'bo.checkIns.title',
    defaultMessage: 'Check-ins per {minutes, plural, one {# minute} other {# minutes}}',
  },
  none: { id: 'bo.checkIns.none', defaultMessage: 'No check-ins yet.' },
  asTable: { id: 'bo.checkIns.asTable', defaultMessage: 'Check-ins as a table' },
});

const COLUMNS = [messages.from, messages.arrivals, messages.running];

/** Arrivals per bucket and the running total: a chart, and the same numbers as a table. */
export function CheckIns({ report, timeZone }: { report: SalesReport; timeZone: string }) {
  const series = useMemo(() => checkInSeries(report.checkIns), [report.checkIns]);
  const peak = report.checkIns.reduce(
    (best, b) => (b.count > (best?.count ?? -1) ? b : best),
    report.checkIns[0],
  );
  const total = formatCount(report.redeemed);
  const label = peak
    ? t(messages.labelPeak, {
        total,
        time: formatInZone(peak.bucketStart, timeZone),
        count: formatCount(peak.count),
      })
    : t(messages.label, { total });
  return (
    <section aria-labelledby="checkins-title" className="bo-chart-pair">
      <h3 id="checkins-title">{t(messages.title, { minutes: report.bucketMinutes })}</h3>
      {report.checkIns.length === 0 ? (
        <p>{t(messages.none)}</p>
      ) : (
        <>
          <CheckInChart
            series={series}
            timeZone={timeZone}
            bucketSeconds={report.bucketMinutes * 60}
            label={label}
          />
          <details className="bo-details" open={report.checkIns.length <= 12}>
            <summary>{t(messages.asTable)}</summary>
            <DataTable columns={COLUMNS.map((column) => t(column))} className="bo-cards">
              {report.checkIns.map((bucket) => (
                <tr key={bucket.bucketStart}>
                  <th scope="row">{formatInZone(bucket.bucketStart, timeZone)}</th>
                  <td data-label={t(messages.arrivals)} className="bo-num">
                    {formatCount(bucket.count)}
                  </td>
                  <td data-label={t(messages.running)} className="bo-num">
                    {formatCount(bucket.cumulative)}
                  </td>
                </tr>
              ))}
            </DataTable>
          </details>
        </>
      )}
    </section>
  );
}
