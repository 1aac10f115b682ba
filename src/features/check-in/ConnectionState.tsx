import { useServerContactStore } from '../../lib/server-contact';
import { useOnline } from './use-online';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  online: { id: 'connection.online', defaultMessage: 'Online' },
  offline: { id: 'connection.offline', defaultMessage: 'Offline' },
  unreachable: { id: 'connection.unreachable', defaultMessage: 'Server not answering' },
  label: { id: 'connection.label', defaultMessage: 'Connection:' },
});

/** Online, offline, or online but the server did not answer the last scan: a dot whose shape says which. */
export function ConnectionState() {
  const online = useOnline();
  // The latest request of the check-in or the queue: a sync that gets through ends the outage here too.
  const latest = useServerContactStore((state) => state.latest);
  const state = !online ? 'offline' : latest === 'failed' ? 'unreachable' : 'online';
  const words = t(messages[state]);
  return (
    <span className={`connection-state connection-state--${state}`} data-testid="connection-state">
      <span aria-hidden="true" className="connection-dot" />
      <span className="visually-hidden">{t(messages.label)} </span>
      <span className="connection-state__words">{words}</span>
    </span>
  );
}
