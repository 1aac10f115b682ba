/**
 * POST /tickets/redeem. Plain async on purpose: TanStack Query mutations pause while the browser says it
 * is offline, and a scan must reach a verdict (or the journal) at once.
 */
import { callApi, type ApiResult, type CaldasaClient } from '../../lib/api/api-client';
import { asRecord, readString } from '../../lib/api/read-json';
import type { RedeemAnswer } from '../../lib/scan-types';

export interface RedeemRequest {
  eventId: string;
  token: string;
  door: string;
  override: boolean;
  notes: string | null;
}

function nullableString(record: Record<string, unknown> | undefined, key: string): string | null {
  return readString(record, key) ?? null;
}

/** Reads a redemption result; unknown outcome values are kept as text. Null when there is no outcome. */
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

/** Sends one redeem attempt. `idempotencyKey` is for servers known to honour the header. */
export async function redeemTicket(
  client: CaldasaClient,
  request: RedeemRequest,
  idempotencyKey?: string,
): Promise<ApiResult<RedeemAnswer>> {
  const result = await callApi(() =>
    client.POST('/tickets/redeem', {
      body: {
        bookableEventId: request.eventId,
        token: request.token,
        door: request.door === '' ? null : request.door,
        override: request.override,
        notes: request.notes,
      },
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
