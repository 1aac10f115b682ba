/**
 * POST /tickets/redeem for a queued scan. The body is rebuilt from the stored fact on every attempt, so a
 * retry sends exactly the same request (a server that honours Idempotency-Key compares bodies).
 */
import type { ApiResult, CaldasaClient } from '../../lib/api/api-client';
import { sendRedeem, type RedeemBody } from '../../lib/api/redeem';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';

const NOTES_MAX = 1000;

/** The notes a synced scan carries: the scanner's own note, then when and where it was really scanned. */
export function composeSyncNotes(fact: ScanFact, deviceName: string): string {
  const origin = `Scanned ${fact.scannedAt} on ${deviceName}, synced later`;
  const text = fact.notes ? `${fact.notes} · ${origin}` : origin;
  return text.slice(0, NOTES_MAX);
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
