import { useRef } from 'react';
import { useConnectionStore } from '../lib/connection-store';
import { useModalDialog } from '../lib/use-modal-dialog';
import { useWaitingScans } from '../lib/use-waiting-scans';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  counting: { id: 'signOut.counting', defaultMessage: 'Counting the scans that still wait…' },
  allSent: { id: 'signOut.allSent', defaultMessage: 'Every scan on this device has reached the server.' },
  waiting: {
    id: 'signOut.waiting',
    defaultMessage:
      '{count, plural, one {# scan still waits} other {# scans still wait}} to be sent. They stay on this device and are sent after the next sign-in to {server}.',
  },
  thisServer: { id: 'signOut.thisServer', defaultMessage: 'this server' },
  title: { id: 'signOut.title', defaultMessage: 'Sign out of this device?' },
  stops: { id: 'signOut.stops', defaultMessage: 'Scanning stops until someone signs in again with a token.' },
  keep: { id: 'signOut.keep', defaultMessage: 'Keep scanning' },
  confirm: { id: 'signOut.confirm', defaultMessage: 'Sign out' },
});

function waitingWords(waiting: number | null, server: string): string {
  if (waiting === null) return t(messages.counting);
  if (waiting === 0) return t(messages.allSent);
  return t(messages.waiting, { count: waiting, server });
}

/** Asks before signing out, and says what happens to the scans that have not reached the server. */
export function SignOutDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const server = useConnectionStore((state) => state.credentials?.baseUrl ?? t(messages.thisServer));
  const signOut = useConnectionStore((state) => state.signOut);
  const waiting = useWaitingScans();
  useModalDialog(dialog, onClose, cancel);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title">{t(messages.title)}</h2>
      <p data-testid="sign-out-waiting">{waitingWords(waiting, server)}</p>
      <p>{t(messages.stops)}</p>
      <p className="dialog-actions">
        <button ref={cancel} type="button" onClick={onClose}>
          {t(messages.keep)}
        </button>
        <button type="button" className="danger" onClick={signOut}>
          {t(messages.confirm)}
        </button>
      </p>
    </dialog>
  );
}
