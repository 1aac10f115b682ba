import type { SalesReport } from './get-ticket-sales-report';
import { formatCount, formatMoney, formatOf } from '../../ui/format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  percent: { id: 'bo.totals.percent', defaultMessage: '({value, number, percent})' },
  totals: { id: 'bo.totals.totals', defaultMessage: 'Totals' },
  sold: { id: 'bo.totals.sold', defaultMessage: 'Sold of event capacity' },
  revenue: { id: 'bo.totals.revenue', defaultMessage: 'Revenue' },
  checkedIn: { id: 'bo.totals.checkedIn', defaultMessage: 'Checked in of sold' },
  more: {
    id: 'bo.totals.more',
    defaultMessage:
      'The ticket types offer {offered} tickets in total, more than the event’s capacity of {capacity}.',
  },
  fewer: {
    id: 'bo.totals.fewer',
    defaultMessage:
      'The ticket types offer {offered} tickets in total, fewer than the event’s capacity of {capacity}.',
  },
});

function percent(part: number, whole: number): string {
  return whole > 0 ? ` ${t(messages.percent, { value: Math.round((part / whole) * 100) / 100 })}` : '';
}

/**
 * The numbers people ask for first. "Sold of" is always the event's capacity, as on the event and in the
 * lists; what the ticket types offer in total is a second, named number, shown only when it differs.
 */
export function SalesTotals({ report, eventCapacity }: { report: SalesReport; eventCapacity: number }) {
  const offered = report.capacity;
  return (
    <>
      <dl className="bo-totals" aria-label={t(messages.totals)}>
        <div>
          <dt>{t(messages.sold)}</dt>
          <dd>
            {formatOf(report.sold, eventCapacity)}
            {percent(report.sold, eventCapacity)}
          </dd>
        </div>
        <div>
          <dt>{t(messages.revenue)}</dt>
          <dd>{formatMoney(report.revenue, report.currency)}</dd>
        </div>
        <div>
          <dt>{t(messages.checkedIn)}</dt>
          <dd>
            {formatOf(report.redeemed, report.sold)}
            {percent(report.redeemed, report.sold)}
          </dd>
        </div>
      </dl>
      {offered !== eventCapacity && (
        <p className="muted">
          {t(offered > eventCapacity ? messages.more : messages.fewer, {
            offered: formatCount(offered),
            capacity: formatCount(eventCapacity),
          })}
        </p>
      )}
    </>
  );
}
