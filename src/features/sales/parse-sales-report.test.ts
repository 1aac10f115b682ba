import { describe, expect, it } from 'vitest';
import { parseSalesReport } from './parse-sales-report';

/** A copy of the answer with one field left out, as a server that dropped it would send it. */
function without(answer: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...answer };
  delete copy[field];
  return copy;
}

const tier = {
  ticketTypeId: 't1',
  name: 'Early bird',
  price: 25,
  capacity: 100,
  sold: 40,
  remaining: 60,
  revenue: 1000,
  redeemed: 3,
};
const bucket = { bucketStart: '2030-06-01T18:00:00Z', count: 3, cumulative: 3 };
const report = {
  bookableEventId: 'e1',
  currency: 'EUR',
  generatedAt: '2030-06-01T18:10:00Z',
  capacity: 100,
  sold: 40,
  remaining: 60,
  revenue: 1000,
  redeemed: 3,
  tiers: [tier],
  bucketMinutes: 5,
  checkIns: [bucket],
};

describe('reading the sales report from the API', () => {
  it('reads a good report and ignores fields it does not know', () => {
    expect(parseSalesReport({ ...report, refunds: 0, tiers: [{ ...tier, colour: 'gold' }] })).toEqual(report);
  });

  it('reads a report with no sales and no check-ins yet', () => {
    expect(parseSalesReport({ ...report, tiers: [], checkIns: [] })?.tiers).toEqual([]);
  });

  it('refuses a report without the totals it shows', () => {
    for (const field of ['sold', 'revenue', 'currency', 'checkIns']) {
      expect(parseSalesReport(without(report, field))).toBeNull();
    }
  });

  it('refuses wrongly typed totals', () => {
    expect(parseSalesReport({ ...report, revenue: '1000.00' })).toBeNull();
    expect(parseSalesReport({ ...report, sold: Number.NaN })).toBeNull();
  });

  it('refuses the whole report when one ticket-type row or check-in bucket is unreadable', () => {
    expect(parseSalesReport({ ...report, tiers: [tier, { ...tier, sold: null }] })).toBeNull();
    expect(parseSalesReport({ ...report, checkIns: [bucket, { count: 1, cumulative: 4 }] })).toBeNull();
  });
});
