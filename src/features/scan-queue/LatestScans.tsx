/** The latest scans on this device with where the queue has got to for each: the final verdicts after sync. */
import { useEffect, useState } from 'react';
import { latestScans, subscribeScans } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';
import { doorWords, formatTime, scanStatusWords, type QueueEvents } from './format';

const SHOWN = 20;

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

/** One scan as a small card of labelled facts: it fits a phone, where a five-column table would not. */
function ScanRow({ scan, events }: { scan: ScanFact; events: QueueEvents }) {
  return (
    <li>
      <dl className="scan-row">
        <dt>Scanned</dt>
        <dd>{formatTime(scan.scannedAt, events.zoneOf(scan.eventId))}</dd>
        <dt>Event</dt>
        <dd>{events.nameOf(scan.eventId) ?? 'An event not on this device'}</dd>
        <dt>Door</dt>
        <dd>{doorWords(scan.door)}</dd>
        <dt>Holder</dt>
        <dd>{scan.result?.holderName ?? 'Not known yet'}</dd>
        <dt>Status</dt>
        <dd>{scanStatusWords(scan)}</dd>
      </dl>
    </li>
  );
}

export function LatestScans({ events }: { events: QueueEvents }) {
  const scans = useLatestScans();
  return (
    <section aria-labelledby="latest-heading" className="queue-section">
      <h2 id="latest-heading">Latest scans</h2>
      {scans.length === 0 ? (
        <p>No scans on this device yet.</p>
      ) : (
        <ul className="scan-rows" aria-label="Latest scans">
          {scans.map((scan) => (
            <ScanRow key={scan.scanId} scan={scan} events={events} />
          ))}
        </ul>
      )}
    </section>
  );
}
