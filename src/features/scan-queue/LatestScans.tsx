/** The latest scans on this device with where the queue has got to for each: the final verdicts after sync. */
import { useEffect, useState } from 'react';
import { latestScans, subscribeScans } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';
import { formatTime } from './format';

const SHOWN = 20;
const STATE_WORDS: Record<ScanFact['state'], string> = {
  pending: 'Waiting to sync',
  sending: 'Sending…',
  done: 'Admitted (verified)',
  refused: 'Refused',
  conflict: 'Conflict',
  'needs-auth': 'Waiting for sign-in',
};

export function stateWords(state: ScanFact['state']): string {
  return STATE_WORDS[state];
}

function useLatestScans(): ScanFact[] {
  const [scans, setScans] = useState<ScanFact[]>([]);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      void latestScans(SHOWN).then(
        (found) => alive && setScans(found),
        () => undefined,
      );
    const throttled = () => {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    };
    load();
    const unsubscribe = subscribeScans(throttled);
    return () => {
      alive = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return scans;
}

export function LatestScans() {
  const scans = useLatestScans();
  return (
    <section aria-labelledby="latest-heading" className="queue-section">
      <h2 id="latest-heading">Latest scans</h2>
      <table className="latest-scans">
        <thead>
          <tr>
            <th scope="col">Scanned</th>
            <th scope="col">Door</th>
            <th scope="col">Holder</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {scans.map((scan) => (
            <tr key={scan.scanId}>
              <td>{formatTime(scan.scannedAt)}</td>
              <td>{scan.door}</td>
              <td>{scan.result?.holderName ?? '—'}</td>
              <td>
                {stateWords(scan.state)}
                {scan.result && scan.state !== 'done' ? ` (${scan.result.outcome})` : ''}
                {scan.lastError && scan.state === 'pending' ? ` — ${scan.lastError}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
