/** The latest scans on this device with where the queue has got to for each: the final verdicts after sync. */
import { useEffect, useState } from 'react';
import { latestScans, subscribeScansThrottled } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';
import { doorWords, formatTime, scanStatusWords, type QueueEvents } from './format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  scanned: { id: 'latest.scanned', defaultMessage: 'Scanned' },
  event: { id: 'latest.event', defaultMessage: 'Event' },
  door: { id: 'latest.door', defaultMessage: 'Door' },
  holder: { id: 'latest.holder', defaultMessage: 'Holder' },
  status: { id: 'latest.status', defaultMessage: 'Status' },
  unknownEvent: { id: 'latest.unknownEvent', defaultMessage: 'An event not on this device' },
  notKnown: { id: 'latest.notKnown', defaultMessage: 'Not known yet' },
  title: { id: 'latest.title', defaultMessage: 'Latest scans' },
  none: { id: 'latest.none', defaultMessage: 'No scans on this device yet.' },
});

const SHOWN = 20;

function useLatestScans(): ScanFact[] {
  const [scans, setScans] = useState<ScanFact[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void latestScans(SHOWN).then(
        (found) => alive && setScans(found),
        () => undefined,
      );
    load();
    const unsubscribe = subscribeScansThrottled(load);
    return () => {
      alive = false;
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
        <dt>{t(messages.scanned)}</dt>
        <dd>{formatTime(scan.scannedAt, events.zoneOf(scan.eventId))}</dd>
        <dt>{t(messages.event)}</dt>
        <dd>{events.nameOf(scan.eventId) ?? t(messages.unknownEvent)}</dd>
        <dt>{t(messages.door)}</dt>
        <dd>{doorWords(scan.door)}</dd>
        <dt>{t(messages.holder)}</dt>
        <dd>{scan.result?.holderName ?? t(messages.notKnown)}</dd>
        <dt>{t(messages.status)}</dt>
        <dd>{scanStatusWords(scan)}</dd>
      </dl>
    </li>
  );
}

export function LatestScans({ events }: { events: QueueEvents }) {
  const scans = useLatestScans();
  return (
    <section aria-labelledby="latest-heading" className="queue-section">
      <h2 id="latest-heading">{t(messages.title)}</h2>
      {scans.length === 0 ? (
        <p>{t(messages.none)}</p>
      ) : (
        <ul className="scan-rows" aria-label={t(messages.title)}>
          {scans.map((scan) => (
            <ScanRow key={scan.scanId} scan={scan} events={events} />
          ))}
        </ul>
      )}
    </section>
  );
}
