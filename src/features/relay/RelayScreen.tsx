/**
 * The door lead's page (/relay): whether the venue relay reaches the Caldasa API and since when, the scans
 * waiting for replay and how replay went, conflicts and refused-after-entry with both sides, scans per
 * door and the devices seen. Refreshed every two seconds; everything exports as CSV.
 */
import { useState } from 'react';
import './relay.css';
import { useConnectionStore } from '../../lib/connection-store';
import { getRelayScansCsv, RelayCallError, useRelayStatus } from './get-relay-status';
import type { RelayStatus } from './parse-relay-status';
import { clock, duration, saveTextFile } from './relay-format';
import { DeviceTable, DoorTable, ProblemTable } from './RelayTables';

function Upstream({ status, now }: { status: RelayStatus; now: Date }) {
  const { upstream } = status;
  const up = upstream.state === 'up';
  return (
    <section
      aria-labelledby="relay-upstream"
      className={`relay-upstream relay-upstream--${up ? 'up' : 'down'}`}
    >
      <h2 id="relay-upstream">{up ? '✓ Caldasa API reachable' : '✕ Caldasa API unreachable'}</h2>
      <p>
        {up ? 'Reachable' : 'Unreachable'} since {clock(upstream.since)} ({duration(upstream.since, now)}).{' '}
        {!up && 'The relay decides for the whole venue: first scan wins across every device.'}
      </p>
      <p className="muted">Upstream: {upstream.url}</p>
    </section>
  );
}

function Replay({ status }: { status: RelayStatus }) {
  const { replay } = status;
  const items: Array<[string, number]> = [
    ['Waiting for replay', replay.waiting],
    ['Confirmed by Caldasa', replay.confirmed],
    ['Conflicts', replay.conflicts],
    ['Refused after entry', replay.refusedAfterEntry],
  ];
  return (
    <section aria-labelledby="relay-replay">
      <h2 id="relay-replay">Replay {replay.running ? '(running)' : ''}</h2>
      <dl className="relay-counts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {replay.lastError && <p className="muted">Last problem: {replay.lastError}</p>}
    </section>
  );
}

function ExportButton() {
  const credentials = useConnectionStore((state) => state.credentials);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!credentials) return;
    try {
      setError(null);
      saveTextFile('relay-scans.csv', await getRelayScansCsv(credentials));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The export failed.');
    }
  };
  return (
    <p>
      <button type="button" onClick={() => void save()}>
        Export all scans (CSV)
      </button>
      {error && <span role="alert"> {error}</span>}
    </p>
  );
}

function failureWords(error: Error): string {
  if (error instanceof RelayCallError && error.failure.kind === 'http' && error.failure.status === 404)
    return 'This device is not connected through a venue relay: its API address is the Caldasa API itself.';
  return `The relay could not be asked: ${error.message}`;
}

export function RelayScreen() {
  const status = useRelayStatus();
  // The time of the answer shown: durations stay consistent with the numbers beside them.
  const now = new Date(status.dataUpdatedAt);
  return (
    <main className="relay-screen">
      <h1>Venue relay</h1>
      {status.isPending && <p>Asking the relay…</p>}
      {status.error && !status.data && <p role="alert">{failureWords(status.error)}</p>}
      {status.data && (
        <>
          <Upstream status={status.data} now={now} />
          <Replay status={status.data} />
          <section aria-labelledby="relay-problems">
            <h2 id="relay-problems">Conflicts and refused after entry</h2>
            <ProblemTable problems={status.data.problems} />
          </section>
          <section aria-labelledby="relay-doors">
            <h2 id="relay-doors">Scans per door, last 15 minutes</h2>
            <DoorTable doors={status.data.doors} />
          </section>
          <section aria-labelledby="relay-devices">
            <h2 id="relay-devices">Devices</h2>
            <DeviceTable devices={status.data.devices} now={now} />
          </section>
          <ExportButton />
        </>
      )}
    </main>
  );
}

export default RelayScreen;
