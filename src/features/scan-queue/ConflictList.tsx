/**
 * Scans that someone else redeemed first while this device could not verify: both sides, so a supervisor
 * can decide what happened at the door, and a way to mark each as reviewed.
 */
import { useEffect, useState } from 'react';
import { firstScannerWords, readDeviceId } from '../../lib/device-identity';
import { listByState, subscribeScansThrottled, updateScan } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';
import { doorWords, formatTime, type QueueEvents } from './format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  unknownHolder: { id: 'conflicts.unknownHolder', defaultMessage: 'Unknown holder' },
  unknownType: { id: 'conflicts.unknownType', defaultMessage: 'ticket type unknown' },
  unknownEvent: { id: 'conflicts.unknownEvent', defaultMessage: 'an event not on this device' },
  ours: { id: 'conflicts.ours', defaultMessage: 'Our scan' },
  thisDevice: { id: 'conflicts.thisDevice', defaultMessage: 'this device' },
  first: { id: 'conflicts.first', defaultMessage: 'Redeemed first' },
  other: { id: 'conflicts.other', defaultMessage: 'another device or sign-in' },
  reviewed: { id: 'conflicts.reviewed', defaultMessage: 'Reviewed {time}' },
  mark: { id: 'conflicts.mark', defaultMessage: 'Mark reviewed' },
  title: { id: 'conflicts.title', defaultMessage: 'Conflicts' },
  none: {
    id: 'conflicts.none',
    defaultMessage: 'No conflicts: nobody else redeemed a ticket this device scanned offline.',
  },
});

function useConflicts(): ScanFact[] {
  const [conflicts, setConflicts] = useState<ScanFact[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void listByState('conflict').then(
        // No conflict before or after: keep the same list, so nothing redraws.
        (found) =>
          alive && setConflicts((shown) => (shown.length === 0 && found.length === 0 ? shown : found)),
        () => undefined,
      );
    load();
    const unsubscribe = subscribeScansThrottled(load);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  return conflicts;
}

function Conflict({ fact, events }: { fact: ScanFact; events: QueueEvents }) {
  const result = fact.result;
  const zone = events.zoneOf(fact.eventId);
  const markReviewed = () => void updateScan(fact.scanId, { reviewedAt: new Date().toISOString() });
  return (
    <li className={`conflict${fact.reviewedAt ? ' conflict--reviewed' : ''}`}>
      <p className="conflict__who">
        <strong>{result?.holderName ?? t(messages.unknownHolder)}</strong> ·{' '}
        {result?.ticketTypeName ?? t(messages.unknownType)} ·{' '}
        {events.nameOf(fact.eventId) ?? t(messages.unknownEvent)}
      </p>
      <dl className="conflict__sides">
        <div>
          <dt>{t(messages.ours)}</dt>
          <dd>
            {formatTime(fact.scannedAt, zone)} · {doorWords(fact.door)} · {t(messages.thisDevice)}
          </dd>
        </div>
        <div>
          <dt>{t(messages.first)}</dt>
          <dd>
            {formatTime(result?.previouslyRedeemedAt, zone)} · {doorWords(result?.previouslyRedeemedAtDoor)} ·{' '}
            {result ? firstScannerWords(result, null, readDeviceId()) : t(messages.other)}
          </dd>
        </div>
      </dl>
      {fact.reviewedAt ? (
        <p>{t(messages.reviewed, { time: formatTime(fact.reviewedAt, zone) })}</p>
      ) : (
        <button type="button" onClick={markReviewed}>
          {t(messages.mark)}
        </button>
      )}
    </li>
  );
}

export function ConflictList({ events }: { events: QueueEvents }) {
  const conflicts = useConflicts();
  return (
    <section aria-labelledby="conflicts-heading" className="queue-section">
      <h2 id="conflicts-heading">{t(messages.title)}</h2>
      {conflicts.length === 0 ? (
        <p>{t(messages.none)}</p>
      ) : (
        <ul className="conflict-list" aria-label={t(messages.title)}>
          {conflicts.map((fact) => (
            <Conflict key={fact.scanId} fact={fact} events={events} />
          ))}
        </ul>
      )}
    </section>
  );
}
