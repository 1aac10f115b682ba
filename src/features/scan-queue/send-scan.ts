/**
 * POST /tickets/redeem for a queued scan. The body is rebuilt from the stored fact on every attempt, so a
 * retry sends exactly the same request (a server that honours Idempotency-Key compares bodies).
 */
import { callApi, type ApiResult, type CaldasaClient } from '../../lib/api/api-client';
import { asRecord, readString } from '../../lib/api/read-json';
import type { RedeemAnswer, ScanFact } from '../../lib/scan-types';

const NOTES_MAX = 1000;

/** The notes a synced scan carries: the scanner's own note, then when and where it was really scanned. */
export function composeSyncNotes(fact: ScanFact, deviceName: string): string {
  const origin = `Scanned ${fact.scannedAt} on ${deviceName}, synced later`;
  const text = fact.notes ? `${fact.notes} · ${origin}` : origin;
  return text.slice(0, NOTES_MAX);
}

function nullableString(record: Record<string, unknown> | undefined, key: string): string | null {
  return readString(record, key) ?? null;
}

/** Reads a redemption result; an unknown outcome is kept as text. Null when there is no outcome. */
export function parseRedeemAnswer(data: unknown): RedeemAnswer | null {
  const record = asRecord(data);
  const outcome = readString(record, 'outcome');
  if (!outcome) return null;
  return {
    outcome,
    ticketId: nullableString(record, 'ticketId'),
    holderName: nullableString(record, 'holderName'),
    ticketTypeName: nullableString(record, 'ticketTypeName'),
    previouslyRedeemedAt: nullableString(record, 'previouslyRedeemedAt'),
    previouslyRedeemedByUserId: nullableString(record, 'previouslyRedeemedByUserId'),
    previouslyRedeemedAtDoor: nullableString(record, 'previouslyRedeemedAtDoor'),
    message: nullableString(record, 'message'),
  };
}

export interface RedeemBody {
  bookableEventId: string;
  token: string;
  door: string | null;
  override: boolean;
  notes: string | null;
}

/** Sends one redeem request, with an Idempotency-Key when one is given. */
export async function sendRedeem(
  client: CaldasaClient,
  body: RedeemBody,
  idempotencyKey: string | null,
): Promise<ApiResult<RedeemAnswer>> {
  const result = await callApi(() =>
    client.POST('/tickets/redeem', {
      body,
      ...(idempotencyKey ? { params: { header: { 'Idempotency-Key': idempotencyKey } } } : {}),
    }),
  );
  if (!result.ok) return result;
  const answer = parseRedeemAnswer(result.data);
  if (!answer) {
    return { ok: false, failure: { kind: 'network', message: 'The server answered without an outcome.' } };
  }
  return { ok: true, data: answer, response: result.response };
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
