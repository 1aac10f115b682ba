/** GET /events/{eventId}: one event with its ticket types. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys } from './event-keys';

export type EventDetail = Schemas['PublicBookableEventDetailDto'];

export async function getEvent(client: CaldasaClient, eventId: string): Promise<EventDetail> {
  const result = await callApi(() => client.GET('/events/{eventId}', { params: { path: { eventId } } }));
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return result.data;
}

export function getEventQueryOptions(client: CaldasaClient, eventId: string) {
  return queryOptions({ queryKey: eventKeys.detail(eventId), queryFn: () => getEvent(client, eventId) });
}

export function useEvent(eventId: string) {
  const client = useApiClient();
  return useQuery({ ...getEventQueryOptions(client!, eventId), enabled: client !== null });
}
