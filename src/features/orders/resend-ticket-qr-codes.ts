/** POST /events/{eventId}/ticket-orders/{orderId}/resend-qr-codes: emails the valid tickets again. */
import { useMutation } from '@tanstack/react-query';
import { callApi, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';

export type QrResendResult = Schemas['PublicTicketQrResendResultDto'];

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
  return result.data;
}

/** Sending email changes no data we show, so nothing is invalidated. */
export function useResendTicketQrCodes(eventId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (orderId: string) => resendTicketQrCodes(client!, eventId, orderId),
  });
}
