/**
 * The shared vocabulary of a scan, used by the scanner, the check-in pipeline, the journal in IndexedDB and
 * the sync queue. A scan is a fact: what was read, where and when; its state says how far the server has
 * decided it.
 */
import type { components } from './api/caldasa.gen';

export type RedeemOutcome = components['schemas']['PublicTicketRedemptionOutcome'];

/** The server's answer to a redeem, as read at the boundary. `outcome` may be a value we do not know. */
export interface RedeemAnswer {
  outcome: string;
  ticketId: string | null;
  holderName: string | null;
  ticketTypeName: string | null;
  previouslyRedeemedAt: string | null;
  previouslyRedeemedByUserId: string | null;
  previouslyRedeemedAtDoor: string | null;
  message: string | null;
  /** From the venue relay (openapi/relay.yaml): which device made the first scan; absent from Caldasa. */
  previouslyRedeemedByDeviceId?: string | null;
  previouslyRedeemedByDeviceName?: string | null;
}

/**
 * pending: waiting to be sent (never sent, or a transient failure); sending: a request is in flight;
 * done: admitted; refused: a final refusal or a 400; conflict: someone else redeemed it first while we
 * could not verify; needs-auth: the server answered 401, the queue waits for a new sign-in; relayed: the
 * venue relay accepted it while the Caldasa API was out of reach and owns it now (it replays it upstream),
 * so this device never sends it again, but nobody has verified it yet.
 */
export type ScanState = 'pending' | 'sending' | 'done' | 'relayed' | 'refused' | 'conflict' | 'needs-auth';

export interface ScanFact {
  scanId: string;
  token: string;
  eventId: string;
  door: string;
  override: boolean;
  notes: string | null;
  /** When the code was read on this device (ISO 8601). */
  scannedAt: string;
  /** How many requests were started for this scan. */
  attempts: number;
  /** When the first request was started (ISO 8601), for the own-attempt rule. */
  firstAttemptAt: string | null;
  /** When the queue may try again (ISO 8601), or null when nothing is scheduled. */
  nextAttemptAt: string | null;
  state: ScanState;
  result: RedeemAnswer | null;
  /** The last transport or HTTP problem, in words, for the queue screen. */
  lastError: string | null;
  /** Set when staff marked a conflict as reviewed. */
  reviewedAt: string | null;
  /** How the code was read. */
  source: 'camera' | 'wedge' | 'typed';
  /** When the latest request was started (ISO 8601); a `sending` scan older than the timeout is stale. */
  lastAttemptAt?: string | null;
  /**
   * The Idempotency-Key the queue sends for this scan, decided once at its first queued attempt: a string
   * (always the same for every retry), null (never send one), or absent (not decided yet).
   */
  idempotencyKey?: string | null;
  /** True when the key was sent from the very first request, so the server's replay covers every attempt. */
  keyFromFirstAttempt?: boolean;
  /** The exact `notes` the queue sends (original scan time and device), kept so every retry is identical. */
  sentNotes?: string | null;
}
