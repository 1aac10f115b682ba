/** GET /events/{eventId}: one event with its ticket types. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys } from './event-keys';
import { parseEventDetail, type EventDetail } from './parse-event';

export type { EventDetail } from './parse-event';

export async function getEvent(client: CaldasaClient, eventId: string): Promise<EventDetail> {
  const result = await callApi(() => client.GET('/events/{eventId}', { params: { path: { eventId } } }));
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseEventDetail, 'the event');
}

export function getEventQueryOptions(client: CaldasaClient, eventId: string) {
  return queryOptions({ queryKey: eventKeys.detail(eventId), queryFn: () => getEvent(client, eventId) });
}

export function useEvent(eventId: string) {
  const client = useApiClient();
  return useQuery({ ...getEventQueryOptions(client!, eventId), enabled: client !== null });
}
