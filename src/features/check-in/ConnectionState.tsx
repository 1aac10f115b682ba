import { useServerContactStore } from '../../lib/server-contact';
import { useOnline } from './use-online';

/** Online, offline, or online but the server did not answer the last scan: a dot whose shape says which. */
export function ConnectionState() {
  const online = useOnline();
  // The latest request of the check-in or the queue: a sync that gets through ends the outage here too.
  const latest = useServerContactStore((state) => state.latest);
  const state = !online ? 'offline' : latest === 'failed' ? 'unreachable' : 'online';
  const words = { online: 'Online', offline: 'Offline', unreachable: 'Server not answering' }[state];
  return (
    <span className={`connection-state connection-state--${state}`} data-testid="connection-state">
      <span aria-hidden="true" className="connection-dot" />
      <span className="visually-hidden">Connection: </span>
      <span className="connection-state__words">{words}</span>
    </span>
  );
}
