import type { SalesReport } from './get-ticket-sales-report';
import { formatCount, formatMoney, formatOf } from '../../ui/format';

function percent(part: number, whole: number): string {
  return whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : '';
}

/**
 * The numbers people ask for first. "Sold of" is always the event's capacity, as on the event and in the
 * lists; what the ticket types offer in total is a second, named number, shown only when it differs.
 */
export function SalesTotals({ report, eventCapacity }: { report: SalesReport; eventCapacity: number }) {
  const offered = report.capacity;
  return (
    <>
      <dl className="bo-totals" aria-label="Totals">
        <div>
          <dt>Sold of event capacity</dt>
          <dd>
            {formatOf(report.sold, eventCapacity)}
            {percent(report.sold, eventCapacity)}
          </dd>
        </div>
        <div>
          <dt>Revenue</dt>
          <dd>{formatMoney(report.revenue, report.currency)}</dd>
        </div>
        <div>
          <dt>Checked in of sold</dt>
          <dd>
            {formatOf(report.redeemed, report.sold)}
            {percent(report.redeemed, report.sold)}
          </dd>
        </div>
      </dl>
      {offered !== eventCapacity && (
        <p className="muted">
          The ticket types offer {formatCount(offered)} tickets in total
          {offered > eventCapacity
            ? `, more than the event's capacity of ${formatCount(eventCapacity)}.`
            : `, fewer than the event's capacity of ${formatCount(eventCapacity)}.`}
        </p>
      )}
    </>
  );
}
