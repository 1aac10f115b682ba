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
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  asking: { id: 'queue.asking', defaultMessage: 'Asking the browser…' },
  noPersist: { id: 'queue.noPersist', defaultMessage: 'This browser cannot keep storage persistent.' },
  persistent: {
    id: 'queue.persistent',
    defaultMessage: 'Persistent: the browser will not clear the scans to free space.',
  },
  notPersistent: {
    id: 'queue.notPersistent',
    defaultMessage:
      'Not persistent: the browser may clear data when space runs low. Install the app to improve this.',
  },
  none: { id: 'queue.none', defaultMessage: 'None' },
  age: { id: 'queue.age', defaultMessage: '{age} (since {time})' },
  tooLong: { id: 'queue.tooLong', defaultMessage: '— waiting too long: check the network.' },
  title: { id: 'queue.title', defaultMessage: 'Scan queue' },
  byState: { id: 'queue.byState', defaultMessage: 'Scans by state' },
  oldest: { id: 'queue.oldest', defaultMessage: 'Oldest waiting scan' },
  lastSync: { id: 'queue.lastSync', defaultMessage: 'Last successful sync' },
  never: { id: 'queue.never', defaultMessage: 'Never' },
  storage: { id: 'queue.storage', defaultMessage: 'Storage' },
  syncing: { id: 'queue.syncing', defaultMessage: 'Syncing…' },
  syncNow: { id: 'queue.syncNow', defaultMessage: 'Sync now' },
  export: { id: 'queue.export', defaultMessage: 'Export CSV' },
});

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
  if (persisted === 'asking') return t(messages.asking);
  if (persisted === null) return t(messages.noPersist);
  return t(persisted ? messages.persistent : messages.notPersistent);
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
  if (!at) return <dd>{t(messages.none)}</dd>;
  const age = now - Date.parse(at);
  return (
    <dd className={age > OLD_PENDING_MS ? 'queue-warning' : undefined}>
      {t(messages.age, { age: formatAge(age), time: formatTime(at, timeZone) })}
      {age > OLD_PENDING_MS && ` ${t(messages.tooLong)}`}
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
      <h1>{t(messages.title)}</h1>
      <table className="queue-counts" aria-label={t(messages.byState)}>
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
        <dt>{t(messages.oldest)}</dt>
        <OldestPending at={snapshot?.oldestPendingAt ?? null} timeZone={zone} />
        <dt>{t(messages.lastSync)}</dt>
        <dd data-testid="last-sync">
          {snapshot?.lastSyncAt ? formatTime(snapshot.lastSyncAt, zone) : t(messages.never)}
        </dd>
        <dt>{t(messages.storage)}</dt>
        <dd>{storageWords(persisted)}</dd>
      </dl>
      <p className="queue-actions">
        <button type="button" onClick={() => void syncNow()} disabled={syncing}>
          {t(syncing ? messages.syncing : messages.syncNow)}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t(messages.export)}
        </button>
      </p>
      <ConflictList events={events} />
      <LatestScans events={events} />
    </main>
  );
}
