/** The door lead's tables: replay problems with both sides, doors in the last 15 minutes, devices seen. */
import type { DoorCount, ProblemScan, ScanSide, SeenDevice } from './parse-relay-status';
import { ago, clock } from './relay-format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  conflict: { id: 'relayTables.conflict', defaultMessage: 'Conflict: redeemed first elsewhere' },
  refusedAfterEntry: { id: 'relayTables.refusedAfterEntry', defaultMessage: 'Refused after entry' },
  noDoor: { id: 'relayTables.noDoor', defaultMessage: 'no door' },
  outside: { id: 'relayTables.outside', defaultMessage: 'outside the relay' },
  noProblems: {
    id: 'relayTables.noProblems',
    defaultMessage: 'No conflicts and nobody refused after entry.',
  },
  problems: { id: 'relayTables.problems', defaultMessage: 'Conflicts and refused after entry' },
  what: { id: 'relayTables.what', defaultMessage: 'What' },
  guest: { id: 'relayTables.guest', defaultMessage: 'Guest' },
  atVenue: { id: 'relayTables.atVenue', defaultMessage: 'At this venue' },
  caldasaSays: { id: 'relayTables.caldasaSays', defaultMessage: 'Caldasa says' },
  first: { id: 'relayTables.first', defaultMessage: 'first:' },
  noScans: { id: 'relayTables.noScans', defaultMessage: 'No scans in the last 15 minutes.' },
  perDoor: { id: 'relayTables.perDoor', defaultMessage: 'Scans per door, last 15 minutes' },
  door: { id: 'relayTables.door', defaultMessage: 'Door' },
  scans: { id: 'relayTables.scans', defaultMessage: 'Scans' },
  letIn: { id: 'relayTables.letIn', defaultMessage: 'Let in' },
  noDevices: { id: 'relayTables.noDevices', defaultMessage: 'No device has sent its name yet.' },
  devicesSeen: { id: 'relayTables.devicesSeen', defaultMessage: 'Devices seen' },
  device: { id: 'relayTables.device', defaultMessage: 'Device' },
  signIn: { id: 'relayTables.signIn', defaultMessage: 'Sign-in' },
  lastContact: { id: 'relayTables.lastContact', defaultMessage: 'Last contact' },
  contact: { id: 'relayTables.contact', defaultMessage: '{time} ({ago})' },
});

function stateWords(state: string): string {
  if (state === 'conflict') return t(messages.conflict);
  if (state === 'refused-after-entry') return t(messages.refusedAfterEntry);
  return state;
}

function Side({ side }: { side: ScanSide }) {
  const parts = [
    clock(side.scannedAt),
    side.door ?? t(messages.noDoor),
    side.deviceName ?? side.signIn ?? t(messages.outside),
  ];
  return <>{parts.join(' · ')}</>;
}

export function ProblemTable({ problems }: { problems: ProblemScan[] }) {
  if (problems.length === 0) return <p>{t(messages.noProblems)}</p>;
  return (
    <table className="relay-table">
      <caption className="visually-hidden">{t(messages.problems)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(messages.what)}</th>
          <th scope="col">{t(messages.guest)}</th>
          <th scope="col">{t(messages.atVenue)}</th>
          <th scope="col">{t(messages.caldasaSays)}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem) => (
          <tr key={problem.scanId}>
            <th scope="row">{stateWords(problem.state)}</th>
            <td>{problem.holderName ?? '—'}</td>
            <td>
              <Side side={problem.venue} />
            </td>
            <td>
              {problem.outcome}
              {problem.state === 'conflict' && (
                <>
                  {` · ${t(messages.first)} `}
                  <Side side={problem.upstream} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DoorTable({ doors }: { doors: DoorCount[] }) {
  if (doors.length === 0) return <p>{t(messages.noScans)}</p>;
  return (
    <table className="relay-table">
      <caption className="visually-hidden">{t(messages.perDoor)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(messages.door)}</th>
          <th scope="col">{t(messages.scans)}</th>
          <th scope="col">{t(messages.letIn)}</th>
        </tr>
      </thead>
      <tbody>
        {doors.map((door) => (
          <tr key={door.door}>
            <th scope="row">{door.door || t(messages.noDoor)}</th>
            <td>{door.scans}</td>
            <td>{door.admitted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DeviceTable({ devices, now }: { devices: SeenDevice[]; now: Date }) {
  if (devices.length === 0) return <p>{t(messages.noDevices)}</p>;
  return (
    <table className="relay-table">
      <caption className="visually-hidden">{t(messages.devicesSeen)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(messages.device)}</th>
          <th scope="col">{t(messages.door)}</th>
          <th scope="col">{t(messages.signIn)}</th>
          <th scope="col">{t(messages.lastContact)}</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((device) => (
          <tr key={device.deviceId}>
            <th scope="row">{device.deviceName}</th>
            <td>{device.door ?? '—'}</td>
            <td>{device.signIn ?? '—'}</td>
            <td>{t(messages.contact, { time: clock(device.lastSeen), ago: ago(device.lastSeen, now) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
