/** PATCH /events/{eventId}/ticket-types/{ticketTypeId}: change name, price or quantity. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { parseTicketType, type TicketType } from './parse-ticket-type';
import { ticketTypeKeys } from './ticket-type-keys';

export type UpdateTicketTypeInput = Schemas['UpdatePublicTicketTypeRequest'];

export async function updateTicketType(
  client: CaldasaClient,
  eventId: string,
  ticketTypeId: string,
  body: UpdateTicketTypeInput,
): Promise<TicketType> {
  const result = await callApi(() =>
    client.PATCH('/events/{eventId}/ticket-types/{ticketTypeId}', {
      params: { path: { eventId, ticketTypeId } },
      body,
    }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseTicketType, 'the saved ticket type');
}

/** Refreshes this event's types; `onChanged` lets the app refresh what other features show of them. */
export function useUpdateTicketType(eventId: string, onChanged?: () => Promise<unknown>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateTicketTypeInput }) =>
      updateTicketType(client!, eventId, id, body),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ticketTypeKeys.list(eventId) }), onChanged?.()]),
  });
}
