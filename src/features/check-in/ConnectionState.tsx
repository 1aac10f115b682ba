import { useSessionStore } from './session-store';
import { useOnline } from './use-online';

/** Online, offline, or online but the server did not answer the last scan: a dot whose shape says which. */
export function ConnectionState() {
  const online = useOnline();
  const lastRequest = useSessionStore((state) => state.lastRequest);
  const state = !online ? 'offline' : lastRequest === 'failed' ? 'unreachable' : 'online';
  const words = { online: 'Online', offline: 'Offline', unreachable: 'Server not answering' }[state];
  return (
    <span className={`connection-state connection-state--${state}`} data-testid="connection-state">
      <span aria-hidden="true" className="connection-dot" />
      <span className="visually-hidden">Connection: </span>
      <span className="connection-state__words">{words}</span>
    </span>
  );
}
