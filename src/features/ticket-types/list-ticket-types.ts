/** GET /events/{eventId}/ticket-types: price, quantity, sold, remaining and redeemed per type. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { parseTicketTypeList, type TicketType } from './parse-ticket-type';
import { ticketTypeKeys } from './ticket-type-keys';

export type { TicketType } from './parse-ticket-type';

export async function listTicketTypes(client: CaldasaClient, eventId: string): Promise<TicketType[]> {
  const result = await callApi(() =>
    client.GET('/events/{eventId}/ticket-types', { params: { path: { eventId } } }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseTicketTypeList, 'the ticket types');
}

export function listTicketTypesQueryOptions(client: CaldasaClient, eventId: string) {
  return queryOptions({
    queryKey: ticketTypeKeys.list(eventId),
    queryFn: () => listTicketTypes(client, eventId),
    placeholderData: keepPreviousData,
  });
}

export function useTicketTypes(eventId: string) {
  const client = useApiClient();
  return useQuery({ ...listTicketTypesQueryOptions(client!, eventId), enabled: client !== null });
}
