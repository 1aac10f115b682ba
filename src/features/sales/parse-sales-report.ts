/**
 * Reads GET /events/{eventId}/sales-report. Unknown fields are ignored; every number the screen shows or
 * computes a percentage from is required. One unreadable ticket-type row or check-in bucket rejects the
 * whole report: totals, rows and the chart must add up, and a report that quietly leaves a tier out is
 * worse for the person reconciling sales than a clear "not understood" with a way to try again.
 */
import type { Schemas } from '../../lib/api/api-client';
import { vPublicTicketSalesReportDto } from '../../lib/api/caldasa.schemas.gen';
import { readWith, tolerant } from '../../lib/api/tolerant-schema';

export type SalesReport = Schemas['PublicTicketSalesReportDto'];
export type SalesTier = Schemas['PublicTicketSalesReportTier'];
export type CheckInBucket = Schemas['PublicTicketCheckInBucket'];

const salesReport = tolerant(vPublicTicketSalesReportDto);

/** The whole report; null when a total, a tier or a bucket is unreadable. */
export function parseSalesReport(value: unknown): SalesReport | null {
  return readWith(salesReport, value);
}
