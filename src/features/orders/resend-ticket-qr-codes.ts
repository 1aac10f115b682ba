/** POST /events/{eventId}/ticket-orders/{orderId}/resend-qr-codes: emails the valid tickets again. */
import { useMutation } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { parseQrResendResult, type QrResendResult } from './parse-qr-resend-result';

export type { QrResendResult } from './parse-qr-resend-result';

export async function resendTicketQrCodes(
  client: CaldasaClient,
  eventId: string,
  orderId: string,
): Promise<QrResendResult> {
  const result = await callApi(() =>
    client.POST('/events/{eventId}/ticket-orders/{orderId}/resend-qr-codes', {
      params: { path: { eventId, orderId } },
    }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseQrResendResult, 'the resent QR codes');
}

/** Sending email changes no data we show, so nothing is invalidated. */
export function useResendTicketQrCodes(eventId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (orderId: string) => resendTicketQrCodes(client!, eventId, orderId),
  });
}
