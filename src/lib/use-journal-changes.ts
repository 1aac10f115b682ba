import { useEffect } from 'react';
import { subscribeScansThrottled } from './scan-journal';

/**
 * Runs `work` once on mount and again after the scan journal changes, at most every 250 ms, so a sync
 * writing hundreds of scans triggers a handful of reads rather than one per scan. Errors are the work's
 * own to show; a failed run waits for the next change.
 */
export function useJournalChanges(work: () => Promise<void>): void {
  useEffect(() => {
    const run = () => void work().catch(() => undefined);
    run();
    return subscribeScansThrottled(run);
  }, [work]);
}
