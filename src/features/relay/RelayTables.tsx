/** The door lead's tables: replay problems with both sides, doors in the last 15 minutes, devices seen. */
import type { DoorCount, ProblemScan, ScanSide, SeenDevice } from './parse-relay-status';
import { clock, duration } from './relay-format';

const STATE_WORDS: Record<string, string> = {
  conflict: 'Conflict: redeemed first elsewhere',
  'refused-after-entry': 'Refused after entry',
};

function Side({ side }: { side: ScanSide }) {
  const parts = [
    clock(side.scannedAt),
    side.door ?? 'no door',
    side.deviceName ?? side.signIn ?? 'outside the relay',
  ];
  return <>{parts.join(' · ')}</>;
}

export function ProblemTable({ problems }: { problems: ProblemScan[] }) {
  if (problems.length === 0) return <p>No conflicts and nobody refused after entry.</p>;
  return (
    <table className="relay-table">
      <caption className="visually-hidden">Conflicts and refused after entry</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Guest</th>
          <th scope="col">At this venue</th>
          <th scope="col">Caldasa says</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem) => (
          <tr key={problem.scanId}>
            <th scope="row">{STATE_WORDS[problem.state] ?? problem.state}</th>
            <td>{problem.holderName ?? '—'}</td>
            <td>
              <Side side={problem.venue} />
            </td>
            <td>
              {problem.outcome}
              {problem.state === 'conflict' && (
                <>
                  {' · first: '}
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
  if (doors.length === 0) return <p>No scans in the last 15 minutes.</p>;
  return (
    <table className="relay-table">
      <caption className="visually-hidden">Scans per door, last 15 minutes</caption>
      <thead>
        <tr>
          <th scope="col">Door</th>
          <th scope="col">Scans</th>
          <th scope="col">Let in</th>
        </tr>
      </thead>
      <tbody>
        {doors.map((door) => (
          <tr key={door.door}>
            <th scope="row">{door.door || 'no door'}</th>
            <td>{door.scans}</td>
            <td>{door.admitted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DeviceTable({ devices, now }: { devices: SeenDevice[]; now: Date }) {
  if (devices.length === 0) return <p>No device has sent its name yet.</p>;
  return (
    <table className="relay-table">
      <caption className="visually-hidden">Devices seen</caption>
      <thead>
        <tr>
          <th scope="col">Device</th>
          <th scope="col">Door</th>
          <th scope="col">Sign-in</th>
          <th scope="col">Last contact</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((device) => (
          <tr key={device.deviceId}>
            <th scope="row">{device.deviceName}</th>
            <td>{device.door ?? '—'}</td>
            <td>{device.signIn ?? '—'}</td>
            <td>
              {clock(device.lastSeen)} ({duration(device.lastSeen, now)} ago)
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
