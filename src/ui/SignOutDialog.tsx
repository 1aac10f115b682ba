import { useRef } from 'react';
import { useConnectionStore } from '../lib/connection-store';
import { useModalDialog } from '../lib/use-modal-dialog';
import { useWaitingScans } from '../lib/use-waiting-scans';

function waitingWords(waiting: number | null, server: string): string {
  if (waiting === null) return 'Counting the scans that still wait…';
  if (waiting === 0) return 'Every scan on this device has reached the server.';
  const scans = waiting === 1 ? '1 scan still waits' : `${waiting} scans still wait`;
  return `${scans} to be sent. They stay on this device and are sent after the next sign-in to ${server}.`;
}

/** Asks before signing out, and says what happens to the scans that have not reached the server. */
export function SignOutDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const server = useConnectionStore((state) => state.credentials?.baseUrl ?? 'this server');
  const signOut = useConnectionStore((state) => state.signOut);
  const waiting = useWaitingScans();
  useModalDialog(dialog, onClose, cancel);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title">Sign out of this device?</h2>
      <p data-testid="sign-out-waiting">{waitingWords(waiting, server)}</p>
      <p>Scanning stops until someone signs in again with a token.</p>
      <p className="dialog-actions">
        <button ref={cancel} type="button" onClick={onClose}>
          Keep scanning
        </button>
        <button type="button" className="danger" onClick={signOut}>
          Sign out
        </button>
      </p>
    </dialog>
  );
}
