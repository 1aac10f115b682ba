/**
 * The closed set of verdicts a door shows (DESIGN.md §4), built from the server's answer or from the
 * failure that prevented one. A refused ticket is data; only transport trouble is "not verified".
 */
import type { ApiFailure } from '../../lib/api/api-client';
import type { RedeemAnswer, ScanState } from '../../lib/scan-types';

export type RefusalReason = 'not-found' | 'wrong-event' | 'cancelled' | 'rejected' | 'unknown';

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

const REFUSALS: Record<string, { reason: RefusalReason; words: string }> = {
  NotFound: { reason: 'not-found', words: 'Unknown ticket: this code is not one of our tickets.' },
  WrongEvent: { reason: 'wrong-event', words: 'This ticket is for another event.' },
  Cancelled: { reason: 'cancelled', words: 'This ticket was cancelled.' },
};

/** The verdict for a 200 answer, whatever its outcome. */
export function verdictFromAnswer(answer: RedeemAnswer): Verdict {
  if (answer.outcome === 'Redeemed') return { kind: 'admitted', answer };
  if (answer.outcome === 'AlreadyRedeemed') return { kind: 'already-used', answer };
  if (answer.outcome === 'DoorsNotOpen') return { kind: 'doors-not-open', answer };
  const known = REFUSALS[answer.outcome];
  if (known) return { kind: 'refused', reason: known.reason, message: known.words, answer };
  const message = answer.message ?? `The server answered "${answer.outcome}".`;
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
    message: `The server refused this scan: ${failure.message}`,
    answer: null,
  };
}

/** Where the scan stands in the journal once this verdict is known. */
export function scanStateFor(verdict: Verdict): ScanState {
  if (verdict.kind === 'admitted') return 'done';
  if (verdict.kind === 'not-verified') return 'pending';
  if (verdict.kind === 'needs-auth') return 'needs-auth';
  return 'refused';
}
