/**
 * How many scans wait to sync, always on the scan screen; the app wraps it in a link to the queue screen.
 * Announced politely, so a screen reader hears the queue drain.
 */
import { useScanCounts } from './use-scan-counts';

export function PendingBadge() {
  const snapshot = useScanCounts();
  const counts = snapshot?.counts;
  const waiting = counts ? counts.pending + counts.sending : 0;
  const needsAuth = counts?.['needs-auth'] ?? 0;
  const conflicts = counts?.conflict ?? 0;
  const label = !snapshot
    ? 'Counting scans…'
    : needsAuth > 0
      ? `${waiting + needsAuth} waiting: sign in again`
      : waiting === 0
        ? 'All scans synced'
        : `${waiting} waiting to sync`;
  // On a phone the status line shows this shorter form (drawn by CSS, so it is not read twice).
  const short = !snapshot
    ? '…'
    : needsAuth > 0
      ? `${waiting + needsAuth}: sign in`
      : waiting === 0
        ? 'Synced'
        : `${waiting} to sync`;
  return (
    <span
      className={`pending-badge${waiting + needsAuth > 0 ? ' pending-badge--waiting' : ''}`}
      data-testid="pending-badge"
      data-short={conflicts > 0 ? `${short} · ${conflicts} to review` : short}
    >
      <span role="status" aria-live="polite" className="pending-badge__label">
        {label}
      </span>
      {conflicts > 0 && <span className="pending-badge__conflicts"> · {conflicts} to review</span>}
    </span>
  );
}
