/**
 * Scans in flight and when the queue should wake. A request times out after 5 s, so a `sending` scan whose
 * request started more than STALE_SENDING_MS ago cannot still be in flight: its page closed or crashed
 * between the request and the journal update, and the queue takes it back (the idempotency key or the
 * own-attempt rule then keeps it from counting twice).
 */
import { listByState, updateWhere } from '../../lib/scan-journal';
import type { ScanFact } from '../../lib/scan-types';

export const STALE_SENDING_MS = 10_000;

function startedAt(fact: ScanFact): number {
  return Date.parse(fact.lastAttemptAt ?? fact.firstAttemptAt ?? fact.scannedAt);
}

/** Gives back to the queue every scan whose request cannot still be in flight. */
export function recoverStaleSending(now: Date): Promise<number> {
  return updateWhere('sending', (fact) => now.getTime() - startedAt(fact) >= STALE_SENDING_MS, {
    state: 'pending',
    nextAttemptAt: null,
  });
}

/** Milliseconds until a pending scan is due or a sending one turns stale; null when nothing waits. */
export async function nextWakeIn(now: Date): Promise<number | null> {
  const pending = (await listByState('pending')).map((f) =>
    f.nextAttemptAt ? Date.parse(f.nextAttemptAt) - now.getTime() : 0,
  );
  const sending = (await listByState('sending')).map((f) => startedAt(f) + STALE_SENDING_MS - now.getTime());
  const all = [...pending, ...sending];
  return all.length === 0 ? null : Math.min(...all);
}
