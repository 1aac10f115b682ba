import { useMemo } from 'react';
import { formatInZone } from '../events/zoned-time';
import { checkInSeries } from './check-in-series';
import type { SalesReport } from './get-ticket-sales-report';
import { DataTable } from '../../ui/DataTable';
import { formatCount } from '../../ui/format';
import { CheckInChart } from './CheckInChart';

const COLUMNS = ['From', 'Arrivals', 'Running total'];

/** Arrivals per bucket and the running total: a chart, and the same numbers as a table. */
export function CheckIns({ report, timeZone }: { report: SalesReport; timeZone: string }) {
  const series = useMemo(() => checkInSeries(report.checkIns), [report.checkIns]);
  const peak = report.checkIns.reduce(
    (best, b) => (b.count > (best?.count ?? -1) ? b : best),
    report.checkIns[0],
  );
  const label =
    `Check-ins over time: ${formatCount(report.redeemed)} in total` +
    (peak ? `, busiest ${formatInZone(peak.bucketStart, timeZone)} with ${formatCount(peak.count)}.` : '.');
  return (
    <section aria-labelledby="checkins-title" className="bo-chart-pair">
      <h3 id="checkins-title">Check-ins per {report.bucketMinutes} minutes</h3>
      {report.checkIns.length === 0 ? (
        <p>No check-ins yet.</p>
      ) : (
        <>
          <CheckInChart
            series={series}
            timeZone={timeZone}
            bucketSeconds={report.bucketMinutes * 60}
            label={label}
          />
          <details className="bo-details" open={report.checkIns.length <= 12}>
            <summary>Check-ins as a table</summary>
            <DataTable columns={COLUMNS} className="bo-cards">
              {report.checkIns.map((bucket) => (
                <tr key={bucket.bucketStart}>
                  <th scope="row">{formatInZone(bucket.bucketStart, timeZone)}</th>
                  <td data-label="Arrivals" className="bo-num">
                    {formatCount(bucket.count)}
                  </td>
                  <td data-label="Running total" className="bo-num">
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
