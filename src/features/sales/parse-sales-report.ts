/**
 * Reads GET /events/{eventId}/sales-report. Unknown fields are ignored; every number the screen shows or
 * computes a percentage from is required. One unreadable ticket-type row or check-in bucket rejects the
 * whole report: totals, rows and the chart must add up, and a report that quietly leaves a tier out is
 * worse for the person reconciling sales than a clear "not understood" with a way to try again.
 */
import type { Schemas } from '../../lib/api/api-client';
import { asRecord, hasAllFields, readArrayOf, readNumber, readString } from '../../lib/api/read-json';

export type SalesReport = Schemas['PublicTicketSalesReportDto'];
export type SalesTier = Schemas['PublicTicketSalesReportTier'];
export type CheckInBucket = Schemas['PublicTicketCheckInBucket'];

/** One ticket type's row; null when a field is missing or has the wrong type. */
export function parseSalesTier(value: unknown): SalesTier | null {
  const record = asRecord(value);
  const tier = {
    ticketTypeId: readString(record, 'ticketTypeId'),
    name: readString(record, 'name'),
    price: readNumber(record, 'price'),
    capacity: readNumber(record, 'capacity'),
    sold: readNumber(record, 'sold'),
    remaining: readNumber(record, 'remaining'),
    revenue: readNumber(record, 'revenue'),
    redeemed: readNumber(record, 'redeemed'),
  };
  return hasAllFields(tier) ? tier : null;
}

/** One check-in bucket; null when a field is missing or has the wrong type. */
export function parseCheckInBucket(value: unknown): CheckInBucket | null {
  const record = asRecord(value);
  const bucket = {
    bucketStart: readString(record, 'bucketStart'),
    count: readNumber(record, 'count'),
    cumulative: readNumber(record, 'cumulative'),
  };
  return hasAllFields(bucket) ? bucket : null;
}

/** The whole report; null when a total, a tier or a bucket is unreadable. */
export function parseSalesReport(value: unknown): SalesReport | null {
  const record = asRecord(value);
  const report = {
    bookableEventId: readString(record, 'bookableEventId'),
    currency: readString(record, 'currency'),
    generatedAt: readString(record, 'generatedAt'),
    capacity: readNumber(record, 'capacity'),
    sold: readNumber(record, 'sold'),
    remaining: readNumber(record, 'remaining'),
    revenue: readNumber(record, 'revenue'),
    redeemed: readNumber(record, 'redeemed'),
    tiers: readArrayOf(record, 'tiers', parseSalesTier),
    bucketMinutes: readNumber(record, 'bucketMinutes'),
    checkIns: readArrayOf(record, 'checkIns', parseCheckInBucket),
  };
  return hasAllFields(report) ? report : null;
}
