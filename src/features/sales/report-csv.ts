/** The sales report as table rows for a CSV export: totals, one row per ticket type, then check-ins. */
import type { SalesReport } from './get-ticket-sales-report';

/** Rows of plain text; escaping is the CSV writer's job. Amounts are plain decimals in `currency`. */
export function reportCsvRows(report: SalesReport, eventName: string): string[][] {
  const rows: string[][] = [
    ['Event', eventName],
    ['Generated at (UTC)', report.generatedAt],
    ['Currency', report.currency],
    [],
    ['Ticket type', 'Price', 'Capacity', 'Sold', 'Remaining', 'Checked in', 'Revenue'],
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
    'Total',
    '',
    String(report.capacity),
    String(report.sold),
    String(report.remaining),
    String(report.redeemed),
    String(report.revenue),
  ]);
  rows.push([], [`Check-ins per ${report.bucketMinutes} minutes (UTC)`, 'Arrivals', 'Running total']);
  for (const bucket of report.checkIns) {
    rows.push([bucket.bucketStart, String(bucket.count), String(bucket.cumulative)]);
  }
  return rows;
}
