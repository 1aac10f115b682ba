/**
 * The closed set of verdicts a door shows (DESIGN.md §4), built from the server's answer or from the
 * failure that prevented one. A refused ticket is data; only transport trouble is "not verified".
 */
import type { ApiFailure } from '../../lib/api/api-client';
import type { RedeemAnswer, ScanFact, ScanState } from '../../lib/scan-types';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  notFound: {
    id: 'refusal.notFound',
    defaultMessage: 'Unknown ticket: this code is not one of our tickets.',
  },
  wrongEvent: { id: 'refusal.wrongEvent', defaultMessage: 'This ticket is for another event.' },
  cancelled: { id: 'refusal.cancelled', defaultMessage: 'This ticket was cancelled.' },
  unknownOutcome: { id: 'refusal.unknownOutcome', defaultMessage: 'The server answered “{outcome}”.' },
  rejected: { id: 'refusal.rejected', defaultMessage: 'The server refused this scan: {reason}' },
  noReason: { id: 'refusal.noReason', defaultMessage: 'no reason given' },
});

export type RefusalReason = 'not-found' | 'wrong-event' | 'cancelled' | 'rejected' | 'too-long' | 'unknown';

export type Verdict =
  | { kind: 'admitted'; answer: RedeemAnswer }
  | { kind: 'already-used'; answer: RedeemAnswer }
  | { kind: 'refused'; reason: RefusalReason; message: string; answer: RedeemAnswer | null }
  | { kind: 'doors-not-open'; answer: RedeemAnswer }
  | { kind: 'not-verified'; message: string; retryAfter: string | null }
  | { kind: 'needs-auth'; message: string }
  | { kind: 'repeat-on-device'; first: { scannedAt: string; door: string } }
  | { kind: 'accepted-offline'; answer: RedeemAnswer };

export type VerdictKind = Verdict['kind'];

const REFUSALS: Record<string, { reason: RefusalReason; words: MessageDescriptor }> = {
  NotFound: { reason: 'not-found', words: messages.notFound },
  WrongEvent: { reason: 'wrong-event', words: messages.wrongEvent },
  Cancelled: { reason: 'cancelled', words: messages.cancelled },
};

/**
 * Our words for a refusal, unless the server said the same more precisely ("This ticket is for another
 * event: Gala."): then the server's sentence alone, so the screen never says one thing twice.
 */
function refusalWords(words: string, answer: RedeemAnswer): string {
  const stem = words.replace(/[.:]$/, '');
  return answer.message?.startsWith(stem) ? answer.message : words;
}

/** The verdict for a 200 answer, whatever its outcome. */
export function verdictFromAnswer(answer: RedeemAnswer): Verdict {
  if (answer.outcome === 'Redeemed') return { kind: 'admitted', answer };
  if (answer.outcome === 'AlreadyRedeemed') return { kind: 'already-used', answer };
  if (answer.outcome === 'DoorsNotOpen') return { kind: 'doors-not-open', answer };
  // The venue relay's outcome (openapi/relay.yaml): first scan at this venue, not verified yet.
  if (answer.outcome === 'AcceptedOffline') return { kind: 'accepted-offline', answer };
  const known = REFUSALS[answer.outcome];
  if (known)
    return { kind: 'refused', reason: known.reason, message: refusalWords(t(known.words), answer), answer };
  const message = answer.message ?? t(messages.unknownOutcome, { outcome: answer.outcome });
  return { kind: 'refused', reason: 'unknown', message, answer };
}

/** The verdict when no outcome arrived: transient trouble is "not verified", 401 asks to sign in. */
export function verdictFromFailure(failure: ApiFailure): Verdict {
  if (failure.kind !== 'http') return { kind: 'not-verified', message: failure.message, retryAfter: null };
  const { status } = failure;
  if (status === 401) return { kind: 'needs-auth', message: failure.message };
  if (status === 429 || status >= 500) {
    return { kind: 'not-verified', message: failure.message, retryAfter: failure.retryAfter };
  }
  return {
    kind: 'refused',
    reason: 'rejected',
    message: t(messages.rejected, { reason: failure.message }),
    answer: null,
  };
}

/** Where the scan stands in the journal once this verdict is known. */
export function scanStateFor(verdict: Verdict): ScanState {
  // Accepted offline: the relay owns the scan now and replays it; this device must never send it again.
  if (verdict.kind === 'admitted') return 'done';
  if (verdict.kind === 'accepted-offline') return 'relayed';
  if (verdict.kind === 'not-verified') return 'pending';
  if (verdict.kind === 'needs-auth') return 'needs-auth';
  return 'refused';
}

/**
 * The final verdict of a scan the queue has settled, for the session list; null while it still waits.
 * A conflict is a ticket someone else used first: "already used", with their scan's time and door.
 */
export function verdictFromSettled(fact: Pick<ScanFact, 'state' | 'result' | 'lastError'>): Verdict | null {
  const { state, result } = fact;
  // Done is admitted even when the answer was our own earlier attempt's AlreadyRedeemed.
  if (state === 'done') return result ? { kind: 'admitted', answer: result } : null;
  if (state === 'relayed') return result ? { kind: 'accepted-offline', answer: result } : null;
  if (state === 'conflict' && result) return { kind: 'already-used', answer: result };
  if (state !== 'refused') return null;
  if (result) return verdictFromAnswer(result);
  const message = t(messages.rejected, { reason: fact.lastError ?? t(messages.noReason) });

  return { kind: 'refused', reason: 'rejected', message, answer: null };
}
