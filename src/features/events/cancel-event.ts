/** POST /events/{eventId}/cancel: → Cancelled: doors refuse its tickets from now on. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys } from './event-keys';
import { parseEventDetail, type EventDetail } from './parse-event';

export async function cancelEvent(client: CaldasaClient, eventId: string): Promise<EventDetail> {
  const result = await callApi(() =>
    client.POST('/events/{eventId}/cancel', { params: { path: { eventId } } }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseEventDetail, 'the cancelled event');
}

/** Only the status changes: the detail takes the answer, lists (filtered by status) refresh. */
export function useCancelEvent(eventId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelEvent(client!, eventId),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(eventId), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
