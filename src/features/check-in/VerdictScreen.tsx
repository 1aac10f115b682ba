import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { giveFeedback } from './feedback';
import { useFeedbackStore } from './feedback-store';
import { OverrideForm } from './OverrideForm';
import type { ShownVerdict } from './session-store';
import { VerdictDetails, type VerdictContext } from './VerdictDetails';
import { VerdictIcon } from './VerdictIcon';
import { ADMITTED_CLEAR_MS, lookFor } from './verdict-presentation';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  notStored: { id: 'verdictScreen.notStored', defaultMessage: 'Not stored on this device: {reason}' },
  override: { id: 'verdictScreen.override', defaultMessage: 'Sent with override.' },
  next: { id: 'verdictScreen.next', defaultMessage: 'Scan next' },
  held: { id: 'verdictScreen.held', defaultMessage: 'Kept on screen. Tap “Scan next” when done.' },
});

interface VerdictScreenProps {
  shown: ShownVerdict;
  context: Omit<VerdictContext, 'now'>;
  onDismiss: () => void;
  onOverride: (note: string) => void;
}

/**
 * The full-screen verdict, a modal: colour, icon shape and words, with tone and vibration when it appears.
 * Escape and "Scan next" both dismiss it; focus returns to where it was.
 *
 * Green clears itself, but a finger on the screen keeps it (staff reading a name out, a guest asking to
 * see it): a timed screen must let its reader stop the clock. A key press does not, because a hardware
 * scanner types the next code as keys.
 */
export function VerdictScreen({ shown, context, onDismiss, onOverride }: VerdictScreenProps) {
  const { result, shownAt, shownAtMs } = shown;
  const { verdict } = result;
  const look = lookFor(verdict);
  const dialog = useRef<HTMLDialogElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useModalDialog(dialog, onDismiss, next);
  const [heldAt, setHeldAt] = useState<number | null>(null);
  const held = heldAt === shownAt;
  const autoClear = verdict.kind === 'admitted' && !held;
  // A press on "Scan next" is a dismissal, not a hold: the words that say "kept" must not appear and move
  // the button from under the finger. They go below the button for the same reason.
  const holdUnlessOnAControl = (event: PointerEvent<HTMLDialogElement>) => {
    if (!(event.target instanceof Element) || !event.target.closest('button, a, input, textarea, select'))
      setHeldAt(shownAt);
  };

  useEffect(() => {
    // The bench reads this mark to time a decode to its verdict on screen.
    performance.mark(`verdict:${result.token}`);
    if (look.tone) giveFeedback(look.tone, useFeedbackStore.getState().muted);
  }, [shownAt, result.token, look.tone]);

  useEffect(() => {
    if (!autoClear) return;
    const timer = window.setTimeout(onDismiss, ADMITTED_CLEAR_MS);
    return () => window.clearTimeout(timer);
  }, [shownAt, autoClear, onDismiss]);

  return (
    <dialog
      ref={dialog}
      className={`verdict verdict-kind--${verdict.kind}`}
      aria-labelledby="verdict-title"
      data-verdict={verdict.kind}
      onPointerDown={verdict.kind === 'admitted' ? holdUnlessOnAControl : undefined}
    >
      <div className="verdict-body">
        <VerdictIcon shape={look.icon} />
        <div className="verdict-text">
          <h2 id="verdict-title">{look.title}</h2>
          <VerdictDetails
            verdict={verdict}
            earlierLocalScan={result.earlierLocalScan}
            context={{ ...context, now: new Date(shownAtMs) }}
          />
          {result.journalError && (
            <p className="verdict-warning">{t(messages.notStored, { reason: result.journalError })}</p>
          )}
          {result.override && <p>{t(messages.override)}</p>}
          {verdict.kind === 'doors-not-open' && <OverrideForm key={shownAt} onOverride={onOverride} />}
          <button ref={next} type="button" className="verdict-next" onClick={onDismiss}>
            {t(messages.next)}
          </button>
          {held && <p className="verdict-held">{t(messages.held)}</p>}
        </div>
      </div>
    </dialog>
  );
}
