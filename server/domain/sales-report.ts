/**
 * The sales report: per ticket type and in total, computed from the tickets themselves (so it always
 * agrees with the orders), plus check-ins in 5-minute UTC buckets from the first to the last one.
 */
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';
import { fromMinor } from './money.ts';

type Report = Schemas['PublicTicketSalesReportDto'];
type Bucket = Schemas['PublicTicketCheckInBucket'];

const BUCKET_MINUTES = 5;
const BUCKET_SECONDS = BUCKET_MINUTES * 60;

interface TierRow {
  ticketTypeId: string;
  name: string;
  priceMinor: number;
  capacity: number;
  sold: number;
  revenueMinor: number;
  redeemed: number;
}

/** Fills empty buckets with zero so a chart's time axis has no gaps. */
function toBuckets(rows: { bucket: number; count: number }[]): Bucket[] {
  const counts = new Map(rows.map((row) => [row.bucket, row.count]));
  const first = rows[0]?.bucket;
  const last = rows.at(-1)?.bucket;
  const buckets: Bucket[] = [];
  if (first === undefined || last === undefined) return buckets;
  let cumulative = 0;
  for (let bucket = first; bucket <= last; bucket += BUCKET_SECONDS) {
    const count = counts.get(bucket) ?? 0;
    cumulative += count;
    buckets.push({ bucketStart: new Date(bucket * 1000).toISOString(), count, cumulative });
  }
  return buckets;
}

export function createSalesReporter(db: Db) {
  const tiers = db.prepare<
    [string],
    TierRow
  >(`SELECT tt.id AS ticketTypeId, tt.name, tt.price_minor AS priceMinor,
      tt.quantity AS capacity,
      COUNT(t.id) FILTER (WHERE t.status <> 'Cancelled') AS sold,
      COALESCE(SUM(t.price_minor) FILTER (WHERE t.status <> 'Cancelled'), 0) AS revenueMinor,
      COUNT(t.id) FILTER (WHERE t.status = 'Redeemed') AS redeemed
    FROM ticket_types tt LEFT JOIN tickets t ON t.ticket_type_id = tt.id
    WHERE tt.event_id = ? GROUP BY tt.id ORDER BY tt.created_at, tt.rowid`);
  const checkIns = db.prepare<[string], { bucket: number; count: number }>(
    `SELECT (CAST(strftime('%s', redeemed_at) AS INTEGER) / ${BUCKET_SECONDS}) * ${BUCKET_SECONDS} AS bucket, COUNT(*) AS count
     FROM tickets WHERE event_id = ? AND status = 'Redeemed' GROUP BY bucket ORDER BY bucket`,
  );

  return (eventId: string, currency: string): Report => {
    const rows = tiers.all(eventId);
    const sum = (pick: (row: TierRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
    return {
      bookableEventId: eventId,
      currency,
      generatedAt: new Date().toISOString(),
      capacity: sum((r) => r.capacity),
      sold: sum((r) => r.sold),
      remaining: sum((r) => Math.max(0, r.capacity - r.sold)),
      revenue: fromMinor(
        sum((r) => r.revenueMinor),
        currency,
      ),
      redeemed: sum((r) => r.redeemed),
      tiers: rows.map((r) => ({
        ticketTypeId: r.ticketTypeId,
        name: r.name,
        price: fromMinor(r.priceMinor, currency),
        capacity: r.capacity,
        sold: r.sold,
        remaining: Math.max(0, r.capacity - r.sold),
        revenue: fromMinor(r.revenueMinor, currency),
        redeemed: r.redeemed,
      })),
      bucketMinutes: BUCKET_MINUTES,
      checkIns: toBuckets(checkIns.all(eventId)),
    };
  };
}
