/**
 * POST /tickets/redeem for a queued scan. The body is rebuilt from the stored fact on every attempt, so a
 * retry sends exactly the same request (a server that honours Idempotency-Key compares bodies). Scans made
 * by this version fixed their notes at the live attempt; older ones get them at their first queued attempt.
 */
import type { ApiResult, CaldasaClient } from '../../lib/api/api-client';
import { sendRedeem, type RedeemBody } from '../../lib/api/redeem';
import { composeScanNotes } from '../../lib/scan-notes';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';

/** The notes a queued scan carries: those fixed at its first attempt, else composed now (once). */
export function composeSyncNotes(fact: ScanFact, deviceName: string): string {
  return fact.sentNotes ?? composeScanNotes(fact.notes, fact.scannedAt, deviceName);
}

/** Sends a queued scan as stored: its notes and key were fixed when it was claimed for sending. */
export function sendScan(client: CaldasaClient, fact: ScanFact): Promise<ApiResult<RedeemAnswer>> {
  const body: RedeemBody = {
    bookableEventId: fact.eventId,
    token: fact.token,
    door: fact.door === '' ? null : fact.door,
    override: fact.override,
    notes: fact.sentNotes ?? fact.notes,
  };
  return sendRedeem(client, body, fact.idempotencyKey ?? null);
}
