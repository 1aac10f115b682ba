import { useServerContactStore } from '../../lib/server-contact';
import { useOnline } from './use-online';

/** Online, offline, or online but the server did not answer the latest request. */
export function ConnectionState() {
  const online = useOnline();
  // The latest request of the check-in or the queue: a sync that gets through ends the outage here too.
  const latest = useServerContactStore((state) => state.latest);
  const state = !online ? 'offline' : latest === 'failed' ? 'unreachable' : 'online';
  const words = { online: 'Online', offline: 'Offline', unreachable: 'Server not answering' }[state];
  return (
    <span className={`connection-state connection-state--${state}`} aria-label={`Connection: ${words}`}>
      <span aria-hidden="true" className="connection-dot" /> {words}
    </span>
  );
}
