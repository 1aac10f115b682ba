/** The sales report as table rows for a CSV export: totals, one row per ticket type, then check-ins. */
import type { SalesReport } from './get-ticket-sales-report';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  event: { id: 'bo.salesCsv.event', defaultMessage: 'Event' },
  generated: { id: 'bo.salesCsv.generated', defaultMessage: 'Generated at (UTC)' },
  currency: { id: 'bo.salesCsv.currency', defaultMessage: 'Currency' },
  ticketType: { id: 'bo.salesCsv.ticketType', defaultMessage: 'Ticket type' },
  price: { id: 'bo.salesCsv.price', defaultMessage: 'Price' },
  capacity: { id: 'bo.salesCsv.capacity', defaultMessage: 'Capacity' },
  sold: { id: 'bo.salesCsv.sold', defaultMessage: 'Sold' },
  remaining: { id: 'bo.salesCsv.remaining', defaultMessage: 'Remaining' },
  checkedIn: { id: 'bo.salesCsv.checkedIn', defaultMessage: 'Checked in' },
  revenue: { id: 'bo.salesCsv.revenue', defaultMessage: 'Revenue' },
  total: { id: 'bo.salesCsv.total', defaultMessage: 'Total' },
  perBucket: {
    id: 'bo.salesCsv.perBucket',
    defaultMessage: 'Check-ins per {minutes, plural, one {# minute} other {# minutes}} (UTC)',
  },
  arrivals: { id: 'bo.salesCsv.arrivals', defaultMessage: 'Arrivals' },
  running: { id: 'bo.salesCsv.running', defaultMessage: 'Running total' },
});

/** Rows of plain text; escaping is the CSV writer's job. Amounts are plain decimals in `currency`. */
export function reportCsvRows(report: SalesReport, eventName: string): string[][] {
  const rows: string[][] = [
    [t(messages.event), eventName],
    [t(messages.generated), report.generatedAt],
    [t(messages.currency), report.currency],
    [],
    [
      t(messages.ticketType),
      t(messages.price),
      t(messages.capacity),
      t(messages.sold),
      t(messages.remaining),
      t(messages.checkedIn),
      t(messages.revenue),
    ],
  ];
  for (const tier of report.tiers) {
    rows.push([
      tier.name,
      String(tier.price),
      String(tier.capacity),
      String(tier.sold),
      String(tier.remaining),
      String(tier.redeemed),
      String(tier.revenue),
    ]);
  }
  rows.push([
    t(messages.total),
    '',
    String(report.capacity),
    String(report.sold),
    String(report.remaining),
    String(report.redeemed),
    String(report.revenue),
  ]);
  rows.push(
    [],
    [t(messages.perBucket, { minutes: report.bucketMinutes }), t(messages.arrivals), t(messages.running)],
  );

  for (const bucket of report.checkIns) {
    rows.push([bucket.bucketStart, String(bucket.count), String(bucket.cumulative)]);
  }
  return rows;
}
