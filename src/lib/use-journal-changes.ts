import { useEffect } from 'react';
import { subscribeScans } from './scan-journal';

const THROTTLE_MS = 250;

/**
 * Runs `work` once on mount and again after the scan journal changes, at most every 250 ms, so a sync
 * writing hundreds of scans triggers a handful of reads rather than one per scan. Errors are the work's
 * own to show; a failed run waits for the next change.
 */
export function useJournalChanges(work: () => Promise<void>): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => void work().catch(() => undefined);
    const throttled = () => {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), run()), THROTTLE_MS);
    };
    run();
    const unsubscribe = subscribeScans(throttled);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [work]);
}
