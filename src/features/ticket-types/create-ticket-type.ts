/** POST /events/{eventId}/ticket-types: a new kind of ticket for the event. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { parseTicketType, type TicketType } from './parse-ticket-type';
import { ticketTypeKeys } from './ticket-type-keys';

export type CreateTicketTypeInput = Schemas['CreatePublicTicketTypeRequest'];

export async function createTicketType(
  client: CaldasaClient,
  eventId: string,
  body: CreateTicketTypeInput,
): Promise<TicketType> {
  const result = await callApi(() =>
    client.POST('/events/{eventId}/ticket-types', { params: { path: { eventId } }, body }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseTicketType, 'the new ticket type');
}

/** Refreshes this event's types; `onChanged` lets the app refresh what other features show of them. */
export function useCreateTicketType(eventId: string, onChanged?: () => Promise<unknown>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTicketTypeInput) => createTicketType(client!, eventId, body),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ticketTypeKeys.list(eventId) }), onChanged?.()]),
  });
}
