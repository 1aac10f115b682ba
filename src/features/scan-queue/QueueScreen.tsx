/**
 * The queue screen (/queue): what this device still has to tell the server, when it last managed to, and
 * the tools for a supervisor: Sync now, CSV export of every scan, the conflict list.
 */
import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '../../lib/idb';
import { listScans, SCAN_STATES } from '../../lib/scan-journal';
import { ConflictList } from './ConflictList';
import { LatestScans } from './LatestScans';
import { formatAge, formatTime, stateWords, type QueueEvents } from './format';
import { syncNow, useQueueStatusStore } from './queue-runtime';
import { scansToCsv } from './scans-csv';
import { useScanCounts } from './use-scan-counts';

const OLD_PENDING_MS = 10 * 60_000;

async function exportCsv(): Promise<void> {
  const blob = new Blob([scansToCsv(await listScans())], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `caldasa-door-scans-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function usePersistentStorage(): boolean | null | 'asking' {
  const [persisted, setPersisted] = useState<boolean | null | 'asking'>('asking');
  useEffect(() => {
    void requestPersistentStorage().then(setPersisted);
  }, []);
  return persisted;
}

function storageWords(persisted: boolean | null | 'asking'): string {
  if (persisted === 'asking') return 'Asking the browser…';
  if (persisted === null) return 'This browser cannot keep storage persistent.';
  return persisted
    ? 'Persistent: the browser will not clear the scans to free space.'
    : 'Not persistent: the browser may clear data when space runs low. Install the app to improve this.';
}

/** The current time, refreshed every `everyMs`, so ages on screen keep growing. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function OldestPending({ at, timeZone }: { at: string | null; timeZone: string }) {
  const now = useNow(15_000);
  if (!at) return <dd>None</dd>;
  const age = now - Date.parse(at);
  return (
    <dd className={age > OLD_PENDING_MS ? 'queue-warning' : undefined}>
      {formatAge(age)} (since {formatTime(at, timeZone)})
      {age > OLD_PENDING_MS && ' — waiting too long: check the network.'}
    </dd>
  );
}

/** The queue and its conflicts; `events` names each scan's event and gives its time zone. */
export function QueueScreen({ events }: { events: QueueEvents }) {
  const zone = events.zoneOf(null);
  const snapshot = useScanCounts();
  const syncing = useQueueStatusStore((state) => state.syncing);
  const persisted = usePersistentStorage();
  return (
    <main className="queue-screen">
      <h1>Scan queue</h1>
      <table className="queue-counts" aria-label="Scans by state">
        <tbody>
          {SCAN_STATES.map((state) => (
            <tr key={state}>
              <th scope="row">{stateWords(state)}</th>
              <td data-state={state}>{snapshot?.counts[state] ?? '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="queue-facts">
        <dt>Oldest waiting scan</dt>
        <OldestPending at={snapshot?.oldestPendingAt ?? null} timeZone={zone} />
        <dt>Last successful sync</dt>
        <dd data-testid="last-sync">
          {snapshot?.lastSyncAt ? formatTime(snapshot.lastSyncAt, zone) : 'Never'}
        </dd>
        <dt>Storage</dt>
        <dd>{storageWords(persisted)}</dd>
      </dl>
      <p className="queue-actions">
        <button type="button" onClick={() => void syncNow()} disabled={syncing}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </p>
      <ConflictList events={events} />
      <LatestScans events={events} />
    </main>
  );
}
