/**
 * POST /tickets/redeem, shared by the live check-in and the sync queue: one request shape, one reader of
 * the answer. Unknown outcome values are kept as text so the screen can show them as they came.
 */
import { callApi, type ApiResult, type CaldasaClient } from './api-client';
import { vRelayRedemptionResultDto } from './relay-door.schemas.gen';
import { readWith, tolerant } from './tolerant-schema';
import type { RedeemAnswer } from '../scan-types';

export interface RedeemBody {
  bookableEventId: string;
  token: string;
  door: string | null;
  override: boolean;
  notes: string | null;
}

/**
 * The relay's result is Caldasa's with the first scan's device added (openapi/relay.yaml), so one schema
 * reads both servers' answers; the relay's own scan id is not kept with the scan.
 */
const redeemAnswer = tolerant(vRelayRedemptionResultDto, {
  pick: [
    'outcome',
    'ticketId',
    'holderName',
    'ticketTypeName',
    'previouslyRedeemedAt',
    'previouslyRedeemedByUserId',
    'previouslyRedeemedAtDoor',
    'message',
    'previouslyRedeemedByDeviceId',
    'previouslyRedeemedByDeviceName',
  ],
});

/** Reads a redemption result; null when the answer has no outcome at all. */
export function parseRedeemAnswer(data: unknown): RedeemAnswer | null {
  return readWith(redeemAnswer, data);
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
