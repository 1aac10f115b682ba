/**
 * POST /tickets/redeem. Plain async on purpose: TanStack Query mutations pause while the browser says it
 * is offline, and a scan must reach a verdict (or the journal) at once.
 */
import type { ApiResult, CaldasaClient } from '../../lib/api/api-client';
import { sendRedeem } from '../../lib/api/redeem';
import type { RedeemAnswer } from '../../lib/scan-types';

export interface RedeemRequest {
  eventId: string;
  token: string;
  door: string;
  override: boolean;
  notes: string | null;
}

/** Sends one redeem attempt. `idempotencyKey` is for servers known to honour the header. */
export function redeemTicket(
  client: CaldasaClient,
  request: RedeemRequest,
  idempotencyKey?: string,
): Promise<ApiResult<RedeemAnswer>> {
  const body = {
    bookableEventId: request.eventId,
    token: request.token,
    door: request.door === '' ? null : request.door,
    override: request.override,
    notes: request.notes,
  };
  return sendRedeem(client, body, idempotencyKey ?? null);
}
