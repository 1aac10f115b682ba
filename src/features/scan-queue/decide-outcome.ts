/**
 * The queue's state machine, as pure functions: what a scan becomes when it is claimed for sending, and
 * what it becomes after the server's answer (or the lack of one).
 *
 *   pending → sending → done | refused | conflict | needs-auth, or back to pending (transient failure)
 */
import type { ApiResult } from '../../lib/api/api-client';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';
import { nextAttemptAt } from './retry-timing';

export interface SendContext {
  now: Date;
  random: () => number;
  /** The id of the user the token belongs to (GET /tenant currentUser.id). */
  userId: string;
  /** Server clock minus device clock, in ms, so server times can be compared with ours. */
  serverOffsetMs: number;
}

export interface Decision {
  patch: Partial<ScanFact>;
  /** The server rejected the token: stop the whole queue until the user signs in again. */
  pauseForAuth: boolean;
}

/** Server times have one-second resolution in the Date header: allow that much when comparing. */
const CLOCK_SLACK_MS = 1_000;

/**
 * The patch that marks a pending scan as being sent. Whether to send an Idempotency-Key is decided once,
 * at the scan's first queued attempt, and kept for every retry.
 */
export function claimPatch(
  fact: ScanFact,
  now: Date,
  notes: string,
  keyAccepted: boolean,
): Partial<ScanFact> {
  const at = now.toISOString();
  const decided = fact.idempotencyKey !== undefined;
  return {
    state: 'sending',
    attempts: fact.attempts + 1,
    firstAttemptAt: fact.firstAttemptAt ?? at,
    lastAttemptAt: at,
    sentNotes: fact.sentNotes ?? notes,
    idempotencyKey: decided ? fact.idempotencyKey : keyAccepted ? fact.scanId : null,
    keyFromFirstAttempt: decided ? fact.keyFromFirstAttempt === true : keyAccepted && fact.attempts === 0,
  };
}

/** What a claimed scan goes back to when its request was never started. */
export function heldPatch(original: ScanFact, until: Date): Partial<ScanFact> {
  return {
    state: 'pending',
    attempts: original.attempts,
    firstAttemptAt: original.firstAttemptAt,
    lastAttemptAt: original.lastAttemptAt ?? null,
    nextAttemptAt: until.toISOString(),
  };
}

/** The server replays its first answer for a key; when the key covered every attempt, none can be lost. */
function keyCoversEveryAttempt(fact: ScanFact): boolean {
  return Boolean(fact.idempotencyKey) && fact.keyFromFirstAttempt === true;
}

/**
 * The own-attempt rule: unless a key covered every attempt, an AlreadyRedeemed for this door, by this user, at or
 * after our own first attempt is our own earlier request that committed but whose answer was lost.
 */
export function isOwnEarlierAttempt(fact: ScanFact, answer: RedeemAnswer, context: SendContext): boolean {
  if (!fact.firstAttemptAt || !answer.previouslyRedeemedAt) return false;
  if (answer.previouslyRedeemedByUserId !== context.userId) return false;
  if ((answer.previouslyRedeemedAtDoor ?? '') !== fact.door) return false;
  const redeemedAt = Date.parse(answer.previouslyRedeemedAt);
  const firstAttemptOnServerClock = Date.parse(fact.firstAttemptAt) + context.serverOffsetMs;
  return redeemedAt >= firstAttemptOnServerClock - CLOCK_SLACK_MS;
}

function decideAnswer(fact: ScanFact, answer: RedeemAnswer, context: SendContext): Decision {
  const final = { result: answer, nextAttemptAt: null, lastError: null };
  if (answer.outcome === 'Redeemed') return { patch: { ...final, state: 'done' }, pauseForAuth: false };
  // The venue relay accepted it offline and now owns it (it replays it upstream): never send it again.
  if (answer.outcome === 'AcceptedOffline')
    return { patch: { ...final, state: 'relayed' }, pauseForAuth: false };
  if (answer.outcome === 'AlreadyRedeemed') {
    const ours = !keyCoversEveryAttempt(fact) && isOwnEarlierAttempt(fact, answer, context);
    return { patch: { ...final, state: ours ? 'done' : 'conflict' }, pauseForAuth: false };
  }
  return { patch: { ...final, state: 'refused' }, pauseForAuth: false };
}

function retryLater(
  fact: ScanFact,
  message: string,
  retryAfter: string | null,
  context: SendContext,
): Decision {
  const at = nextAttemptAt(fact.attempts, retryAfter, context.now, context.random);
  return {
    patch: { state: 'pending', nextAttemptAt: at.toISOString(), lastError: message },
    pauseForAuth: false,
  };
}

/** What a scan in `sending` becomes after one attempt. `fact` is the scan as claimed. */
export function decideAfterSend(
  fact: ScanFact,
  result: ApiResult<RedeemAnswer>,
  context: SendContext,
): Decision {
  if (result.ok) return decideAnswer(fact, result.data, context);
  const { failure } = result;
  if (failure.kind !== 'http') return retryLater(fact, failure.message, null, context);
  const { status, message } = failure;
  if (status === 401)
    return { patch: { state: 'needs-auth', nextAttemptAt: null, lastError: message }, pauseForAuth: true };
  if (status === 408 || status === 429 || status >= 500) {
    return retryLater(fact, `${status}: ${message}`, failure.retryAfter, context);
  }
  if (status === 422 && fact.idempotencyKey) {
    // The server saw this key with another body (another sender used it): resend without a key, for
    // good, and let the own-attempt rule decide.
    return {
      patch: {
        state: 'pending',
        nextAttemptAt: null,
        idempotencyKey: null,
        keyFromFirstAttempt: false,
        lastError: message,
      },
      pauseForAuth: false,
    };
  }
  return {
    patch: { state: 'refused', nextAttemptAt: null, lastError: `${status}: ${message}` },
    pauseForAuth: false,
  };
}
