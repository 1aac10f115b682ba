/** PATCH /events/{eventId}: change some of an event's fields. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys } from './event-keys';
import { parseEventDetail, type EventDetail } from './parse-event';

export type UpdateEventInput = Schemas['UpdatePublicBookableEventRequest'];

export async function updateEvent(
  client: CaldasaClient,
  eventId: string,
  body: UpdateEventInput,
): Promise<EventDetail> {
  const result = await callApi(() =>
    client.PATCH('/events/{eventId}', { params: { path: { eventId } }, body }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseEventDetail, 'the saved event');
}

/** The answer is the new detail; lists show name, times and capacity, so they refresh too. */
export function useUpdateEvent(eventId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEventInput) => updateEvent(client!, eventId, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(eventId), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
