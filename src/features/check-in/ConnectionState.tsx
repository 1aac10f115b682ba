import { useSessionStore } from './session-store';
import { useOnline } from './use-online';

/** Online, offline, or online but the server did not answer the last scan. */
export function ConnectionState() {
  const online = useOnline();
  const lastRequest = useSessionStore((state) => state.lastRequest);
  const state = !online ? 'offline' : lastRequest === 'failed' ? 'unreachable' : 'online';
  const words = { online: 'Online', offline: 'Offline', unreachable: 'Server not answering' }[state];
  return (
    <span className={`connection-state connection-state--${state}`} aria-label={`Connection: ${words}`}>
      <span aria-hidden="true" className="connection-dot" /> {words}
    </span>
  );
}
