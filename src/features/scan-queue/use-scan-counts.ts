/** Live counts of the journal for the screens, refreshed on every change in any tab (at most 4 times a second). */
import { useEffect, useState } from 'react';
import {
  countByState,
  oldestPending,
  readLastSyncAt,
  subscribeScansThrottled,
  type ScanCounts,
} from '../../lib/scan-journal';

export interface QueueSnapshot {
  counts: ScanCounts;
  /** When the oldest scan still waiting was made (ISO 8601), or null. */
  oldestPendingAt: string | null;
  lastSyncAt: string | null;
}

async function readSnapshot(): Promise<QueueSnapshot> {
  const counts = await countByState();
  const oldest = counts.pending > 0 ? await oldestPending() : undefined;
  return { counts, oldestPendingAt: oldest?.scannedAt ?? null, lastSyncAt: readLastSyncAt() };
}

export function useScanCounts(): QueueSnapshot | null {
  const [snapshot, setSnapshot] = useState<QueueSnapshot | null>(null);
  useEffect(() => {
    let alive = true;
    let latest = 0;
    const refresh = () => {
      // Reads can overlap; only the newest one may reach the screen.
      const ticket = ++latest;
      void readSnapshot().then(
        (next) => alive && ticket === latest && setSnapshot(next),
        () => undefined,
      );
    };
    refresh();
    const unsubscribe = subscribeScansThrottled(refresh);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  return snapshot;
}
