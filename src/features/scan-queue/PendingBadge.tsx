/**
 * How many scans wait to sync, always on the scan screen; the app wraps it in a link to the queue screen.
 * Announced politely, so a screen reader hears the queue drain.
 */
import { useScanCounts } from './use-scan-counts';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  counting: { id: 'pending.counting', defaultMessage: 'Counting scans…' },
  signIn: { id: 'pending.signIn', defaultMessage: '{count, number} waiting: sign in again' },
  synced: { id: 'pending.synced', defaultMessage: 'All scans synced' },
  waiting: { id: 'pending.waiting', defaultMessage: '{count, number} waiting to sync' },
  shortSignIn: { id: 'pending.shortSignIn', defaultMessage: '{count, number}: sign in' },
  shortSynced: { id: 'pending.shortSynced', defaultMessage: 'Synced' },
  shortWaiting: { id: 'pending.shortWaiting', defaultMessage: '{count, number} to sync' },
  review: { id: 'pending.review', defaultMessage: '{count, number} to review' },
});

export function PendingBadge() {
  const snapshot = useScanCounts();
  const counts = snapshot?.counts;
  const waiting = counts ? counts.pending + counts.sending : 0;
  const needsAuth = counts?.['needs-auth'] ?? 0;
  const conflicts = counts?.conflict ?? 0;
  const label = !snapshot
    ? t(messages.counting)
    : needsAuth > 0
      ? t(messages.signIn, { count: waiting + needsAuth })
      : waiting === 0
        ? t(messages.synced)
        : t(messages.waiting, { count: waiting });
  // On a phone the status line shows this shorter form (drawn by CSS, so it is not read twice).
  const short = !snapshot
    ? '…'
    : needsAuth > 0
      ? t(messages.shortSignIn, { count: waiting + needsAuth })
      : waiting === 0
        ? t(messages.shortSynced)
        : t(messages.shortWaiting, { count: waiting });
  return (
    <span
      className={`pending-badge${waiting + needsAuth > 0 ? ' pending-badge--waiting' : ''}`}
      data-testid="pending-badge"
      data-short={conflicts > 0 ? `${short} · ${t(messages.review, { count: conflicts })}` : short}
    >
      <span role="status" aria-live="polite" className="pending-badge__label">
        {label}
      </span>
      {conflicts > 0 && (
        <span className="pending-badge__conflicts"> · {t(messages.review, { count: conflicts })}</span>
      )}
    </span>
  );
}
