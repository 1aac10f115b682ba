/** Check-in buckets as aligned columns for a time-series chart: seconds, arrivals, running total. */
import type { CheckInBucket } from './get-ticket-sales-report';

export interface CheckInSeries {
  times: number[];
  arrivals: number[];
  total: number[];
}

/** Skips buckets with an unreadable time rather than drawing them at 1970. */
export function checkInSeries(buckets: readonly CheckInBucket[]): CheckInSeries {
  const series: CheckInSeries = { times: [], arrivals: [], total: [] };
  for (const bucket of buckets) {
    const ms = Date.parse(bucket.bucketStart);
    if (Number.isNaN(ms)) continue;
    series.times.push(ms / 1000);
    series.arrivals.push(bucket.count);
    series.total.push(bucket.cumulative);
  }
  return series;
}
