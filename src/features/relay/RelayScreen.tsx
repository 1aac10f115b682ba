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
import { localizeRelayCsv } from './relay-csv';
import { ago, clock, saveTextFile } from './relay-format';
import { DeviceTable, DoorTable, ProblemTable } from './RelayTables';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  reachable: { id: 'relay.reachable', defaultMessage: '✓ Caldasa API reachable' },
  unreachable: { id: 'relay.unreachable', defaultMessage: '✕ Caldasa API unreachable' },
  reachableSince: { id: 'relay.reachableSince', defaultMessage: 'Reachable since {time} ({ago}).' },
  unreachableSince: { id: 'relay.unreachableSince', defaultMessage: 'Unreachable since {time} ({ago}).' },
  decides: {
    id: 'relay.decides',
    defaultMessage: 'The relay decides for the whole venue: first scan wins across every device.',
  },
  upstream: { id: 'relay.upstream', defaultMessage: 'Upstream: {url}' },
  waiting: { id: 'relay.waiting', defaultMessage: 'Waiting for replay' },
  confirmed: { id: 'relay.confirmed', defaultMessage: 'Confirmed by Caldasa' },
  conflicts: { id: 'relay.conflicts', defaultMessage: 'Conflicts' },
  refusedAfterEntry: { id: 'relay.refusedAfterEntry', defaultMessage: 'Refused after entry' },
  replay: { id: 'relay.replay', defaultMessage: 'Replay' },
  replayRunning: { id: 'relay.replayRunning', defaultMessage: 'Replay (running)' },
  lastProblem: { id: 'relay.lastProblem', defaultMessage: 'Last problem: {problem}' },
  exportFailed: { id: 'relay.exportFailed', defaultMessage: 'The export failed.' },
  export: { id: 'relay.export', defaultMessage: 'Export all scans (CSV)' },
  notThroughRelay: {
    id: 'relay.notThroughRelay',
    defaultMessage:
      'This device is not connected through a venue relay: its API address is the Caldasa API itself.',
  },
  askFailed: { id: 'relay.askFailed', defaultMessage: 'The relay could not be asked: {reason}' },
  title: { id: 'relay.title', defaultMessage: 'Venue relay' },
  asking: { id: 'relay.asking', defaultMessage: 'Asking the relay…' },
  problems: { id: 'relay.problems', defaultMessage: 'Conflicts and refused after entry' },
  doors: { id: 'relay.doors', defaultMessage: 'Scans per door, last 15 minutes' },
  devices: { id: 'relay.devices', defaultMessage: 'Devices' },
});

function Upstream({ status, now }: { status: RelayStatus; now: Date }) {
  const { upstream } = status;
  const up = upstream.state === 'up';
  return (
    <section
      aria-labelledby="relay-upstream"
      className={`relay-upstream relay-upstream--${up ? 'up' : 'down'}`}
    >
      <h2 id="relay-upstream">{t(up ? messages.reachable : messages.unreachable)}</h2>
      <p>
        {t(up ? messages.reachableSince : messages.unreachableSince, {
          time: clock(upstream.since),
          ago: ago(upstream.since, now),
        })}
        {!up && ` ${t(messages.decides)}`}
      </p>
      <p className="muted">{t(messages.upstream, { url: upstream.url })}</p>
    </section>
  );
}

function Replay({ status }: { status: RelayStatus }) {
  const { replay } = status;
  const items: Array<[string, number]> = [
    [t(messages.waiting), replay.waiting],
    [t(messages.confirmed), replay.confirmed],
    [t(messages.conflicts), replay.conflicts],
    [t(messages.refusedAfterEntry), replay.refusedAfterEntry],
  ];
  return (
    <section aria-labelledby="relay-replay">
      <h2 id="relay-replay">{t(replay.running ? messages.replayRunning : messages.replay)}</h2>
      <dl className="relay-counts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {replay.lastError && <p className="muted">{t(messages.lastProblem, { problem: replay.lastError })}</p>}
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
      saveTextFile('relay-scans.csv', localizeRelayCsv(await getRelayScansCsv(credentials)));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t(messages.exportFailed));
    }
  };
  return (
    <p>
      <button type="button" onClick={() => void save()}>
        {t(messages.export)}
      </button>
      {error && <span role="alert"> {error}</span>}
    </p>
  );
}

function failureWords(error: Error): string {
  if (error instanceof RelayCallError && error.failure.kind === 'http' && error.failure.status === 404)
    return t(messages.notThroughRelay);
  return t(messages.askFailed, { reason: error.message });
}

export function RelayScreen() {
  const status = useRelayStatus();
  // The time of the answer shown: durations stay consistent with the numbers beside them.
  const now = new Date(status.dataUpdatedAt);
  return (
    <main className="relay-screen">
      <h1>{t(messages.title)}</h1>
      {status.isPending && <p>{t(messages.asking)}</p>}
      {status.error && !status.data && <p role="alert">{failureWords(status.error)}</p>}
      {status.data && (
        <>
          <Upstream status={status.data} now={now} />
          <Replay status={status.data} />
          <section aria-labelledby="relay-problems">
            <h2 id="relay-problems">{t(messages.problems)}</h2>
            <ProblemTable problems={status.data.problems} />
          </section>
          <section aria-labelledby="relay-doors">
            <h2 id="relay-doors">{t(messages.doors)}</h2>
            <DoorTable doors={status.data.doors} />
          </section>
          <section aria-labelledby="relay-devices">
            <h2 id="relay-devices">{t(messages.devices)}</h2>

            <DeviceTable devices={status.data.devices} now={now} />
          </section>
          <ExportButton />
        </>
      )}
    </main>
  );
}

export default RelayScreen;
