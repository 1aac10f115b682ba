/**
 * POST /tickets/redeem, shared by the live check-in and the sync queue: one request shape, one reader of
 * the answer. Unknown outcome values are kept as text so the screen can show them as they came.
 */
import { callApi, type ApiResult, type CaldasaClient } from './api-client';
import { asRecord, readString } from './read-json';
import type { RedeemAnswer } from '../scan-types';

export interface RedeemBody {
  bookableEventId: string;
  token: string;
  door: string | null;
  override: boolean;
  notes: string | null;
}

function nullableString(record: Record<string, unknown> | undefined, key: string): string | null {
  return readString(record, key) ?? null;
}

/** Reads a redemption result; null when the answer has no outcome at all. */
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
    previouslyRedeemedByDeviceId: nullableString(record, 'previouslyRedeemedByDeviceId'),
    previouslyRedeemedByDeviceName: nullableString(record, 'previouslyRedeemedByDeviceName'),
  };
}

/** Sends one redeem request, with an Idempotency-Key when one is given (servers known to honour it). */
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
