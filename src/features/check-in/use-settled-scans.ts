/**
 * Keeps the session list true after a sync: whenever the journal changes, the scans of this session still
 * shown "not verified" are read again, and those the queue has decided take the server's verdict.
 */
import { getScans } from '../../lib/scan-journal';
import { useJournalChanges } from '../../lib/use-journal-changes';
import { useSessionStore } from './session-store';
import { verdictFromSettled } from './verdict';

async function settleWaiting(): Promise<void> {
  const waiting = useSessionStore
    .getState()
    .guests.filter((guest) => guest.kind === 'not-verified' || guest.kind === 'needs-auth')
    .map((guest) => guest.scanId);
  const facts = await getScans(waiting);
  const { settle } = useSessionStore.getState();
  facts.forEach((fact, i) => {
    const verdict = fact ? verdictFromSettled(fact) : null;
    if (verdict) settle(waiting[i]!, verdict);
  });
}

export function useSettledScans(): void {
  useJournalChanges(settleWaiting);
}
