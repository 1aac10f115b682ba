import type { SalesReport } from '../../../features/sales/get-ticket-sales-report';
import { formatMoney, formatOf } from '../ui/format';

function percent(part: number, whole: number): string {
  return whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : '';
}

/** The three numbers people ask for first. */
export function SalesTotals({ report }: { report: SalesReport }) {
  return (
    <dl className="bo-totals" aria-label="Totals">
      <div>
        <dt>Sold</dt>
        <dd>
          {formatOf(report.sold, report.capacity)}
          {percent(report.sold, report.capacity)}
        </dd>
      </div>
      <div>
        <dt>Revenue</dt>
        <dd>{formatMoney(report.revenue, report.currency)}</dd>
      </div>
      <div>
        <dt>Checked in</dt>
        <dd>
          {formatOf(report.redeemed, report.sold)}
          {percent(report.redeemed, report.sold)}
        </dd>
      </div>
    </dl>
  );
}
