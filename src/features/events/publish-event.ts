/** POST /events/{eventId}/publish: Draft → Published: tickets can be sold and scanned. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys } from './event-keys';
import { parseEventDetail, type EventDetail } from './parse-event';

export async function publishEvent(client: CaldasaClient, eventId: string): Promise<EventDetail> {
  const result = await callApi(() =>
    client.POST('/events/{eventId}/publish', { params: { path: { eventId } } }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseEventDetail, 'the published event');
}

/** Only the status changes: the detail takes the answer, lists (filtered by status) refresh. */
export function usePublishEvent(eventId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishEvent(client!, eventId),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(eventId), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
