/** How many scans on this device still wait for the server, live; null until first counted. */
import { useEffect, useState } from 'react';
import { countByState, subscribeScansThrottled, waitingCount } from './scan-journal';

export function useWaitingScans(): number | null {
  const [waiting, setWaiting] = useState<number | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void countByState().then(
        (counts) => alive && setWaiting(waitingCount(counts)),
        () => undefined,
      );
    load();
    const unsubscribe = subscribeScansThrottled(load);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  return waiting;
}
