/** DELETE /events/{eventId}/ticket-types/{ticketTypeId}: refused (409) once any of its tickets sold. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApiNoContent, type CaldasaClient } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';
import { ticketTypeKeys } from './ticket-type-keys';

export async function deleteTicketType(client: CaldasaClient, eventId: string, ticketTypeId: string) {
  const result = await callApiNoContent(() =>
    client.DELETE('/events/{eventId}/ticket-types/{ticketTypeId}', {
      params: { path: { eventId, ticketTypeId } },
    }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return null;
}

/** Refreshes this event's types; `onChanged` lets the app refresh what other features show of them. */
export function useDeleteTicketType(eventId: string, onChanged?: () => Promise<unknown>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ticketTypeId: string) => deleteTicketType(client!, eventId, ticketTypeId),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ticketTypeKeys.list(eventId) }), onChanged?.()]),
  });
}
