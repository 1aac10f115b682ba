/** GET /events/{eventId}: the chosen event, for its name, doors-open time and time zone. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type ApiResult, type CaldasaClient } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';
import { useConnectionStore } from '../../lib/connection-store';
import { queryError } from './query-failure';
import { eventKeys, parseDoorEvent, type DoorEvent } from './list-events';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  incomplete: { id: 'getEvent.incomplete', defaultMessage: 'The event came back incomplete.' },
});

export async function getEvent(client: CaldasaClient, eventId: string): Promise<ApiResult<DoorEvent>> {
  const result = await callApi(() => client.GET('/events/{eventId}', { params: { path: { eventId } } }));
  if (!result.ok) return result;
  const event = parseDoorEvent(result.data);
  if (!event) return { ok: false, failure: { kind: 'network', message: t(messages.incomplete) } };

  return { ok: true, data: event, response: result.response };
}

export function eventQueryOptions(client: CaldasaClient, baseUrl: string, eventId: string) {
  return queryOptions({
    queryKey: eventKeys.detail(baseUrl, eventId),
    queryFn: async () => {
      const result = await getEvent(client, eventId);
      if (!result.ok) throw queryError(result.failure);
      return result.data;
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * The event this door checks in for; disabled until one is chosen. `refreshMs` keeps it fresh while
 * scanning (the venue-wide check-in count changes with every guest at every door).
 */
export function useDoorEvent(eventId: string | null, refreshMs?: number) {
  const client = useApiClient();
  const baseUrl = useConnectionStore((state) => state.credentials?.baseUrl ?? '');
  return useQuery({
    ...eventQueryOptions(client!, baseUrl, eventId ?? ''),
    enabled: client !== null && eventId !== null,
    refetchInterval: refreshMs,
  });
}
