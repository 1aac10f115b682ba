/**
 * Scans that someone else redeemed first while this device could not verify: both sides, so a supervisor
 * can decide what happened at the door, and a way to mark each as reviewed.
 */
import { useEffect, useState } from 'react';
import { firstScannerWords, readDeviceId } from '../../lib/device-identity';
import { listByState, subscribeScans, updateScan } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';
import { doorWords, formatTime, type QueueEvents } from './format';

function useConflicts(): ScanFact[] {
  const [conflicts, setConflicts] = useState<ScanFact[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void listByState('conflict').then(
        (found) => alive && setConflicts(found),
        () => undefined,
      );
    load();
    const unsubscribe = subscribeScans(load);
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
        <strong>{result?.holderName ?? 'Unknown holder'}</strong> ·{' '}
        {result?.ticketTypeName ?? 'ticket type unknown'} ·{' '}
        {events.nameOf(fact.eventId) ?? 'an event not on this device'}
      </p>
      <dl className="conflict__sides">
        <div>
          <dt>Our scan</dt>
          <dd>
            {formatTime(fact.scannedAt, zone)} · {doorWords(fact.door)} · this device
          </dd>
        </div>
        <div>
          <dt>Redeemed first</dt>
          <dd>
            {formatTime(result?.previouslyRedeemedAt, zone)} · {doorWords(result?.previouslyRedeemedAtDoor)} ·{' '}
            {result ? firstScannerWords(result, null, readDeviceId()) : 'another device or sign-in'}
          </dd>
        </div>
      </dl>
      {fact.reviewedAt ? (
        <p>Reviewed {formatTime(fact.reviewedAt, zone)}</p>
      ) : (
        <button type="button" onClick={markReviewed}>
          Mark reviewed
        </button>
      )}
    </li>
  );
}

export function ConflictList({ events }: { events: QueueEvents }) {
  const conflicts = useConflicts();
  return (
    <section aria-labelledby="conflicts-heading" className="queue-section">
      <h2 id="conflicts-heading">Conflicts</h2>
      {conflicts.length === 0 ? (
        <p>No conflicts: nobody else redeemed a ticket this device scanned offline.</p>
      ) : (
        <ul className="conflict-list" aria-label="Conflicts">
          {conflicts.map((fact) => (
            <Conflict key={fact.scanId} fact={fact} events={events} />
          ))}
        </ul>
      )}
    </section>
  );
}
