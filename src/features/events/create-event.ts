/** POST /events: a new Draft event. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys } from './event-keys';
import { parseEventDetail, type EventDetail } from './parse-event';

export type CreateEventInput = Schemas['CreatePublicBookableEventRequest'];

export async function createEvent(client: CaldasaClient, body: CreateEventInput): Promise<EventDetail> {
  const result = await callApi(() => client.POST('/events', { body }));
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseEventDetail, 'the new event');
}

/** Creating an event adds to the lists; the new detail is seeded so its page opens without a fetch. */
export function useCreateEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventInput) => createEvent(client!, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
