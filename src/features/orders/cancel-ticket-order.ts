/** POST /events/{eventId}/ticket-orders/{orderId}/cancel: its tickets become Cancelled at the door. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { parseTicketOrder, type TicketOrder } from './parse-ticket-order';
import { orderKeys } from './order-keys';

export async function cancelTicketOrder(
  client: CaldasaClient,
  eventId: string,
  orderId: string,
  reason: string,
): Promise<TicketOrder> {
  const result = await callApi(() =>
    client.POST('/events/{eventId}/ticket-orders/{orderId}/cancel', {
      params: { path: { eventId, orderId } },
      body: { reason },
    }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseTicketOrder, 'the cancelled order');
}

/** Refreshes this event's order lists; `onChanged` lets the app refresh sales and counts elsewhere. */
export function useCancelTicketOrder(eventId: string, onChanged?: () => Promise<unknown>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, reason }: { orderId: string; reason: string }) =>
      cancelTicketOrder(client!, eventId, orderId, reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKeys.eventLists(eventId) }),
        onChanged?.(),
      ]),
  });
}
