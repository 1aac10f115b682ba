/** GET /events: one page of events, upcoming first, with a status filter and a name search. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { eventKeys, type EventListFilters } from './event-keys';
import { parseEventList, type EventList } from './parse-event';

export type { EventList, EventSummary } from './parse-event';

export const EVENTS_PAGE_SIZE = 20;

export async function listEvents(client: CaldasaClient, filters: EventListFilters): Promise<EventList> {
  const search = filters.search.trim();
  const result = await callApi(() =>
    client.GET('/events', {
      params: {
        query: {
          page: filters.page,
          pageSize: EVENTS_PAGE_SIZE,
          ...(filters.status ? { status: filters.status } : {}),
          ...(search ? { search } : {}),
        },
      },
    }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseEventList, 'the events list');
}

export function listEventsQueryOptions(client: CaldasaClient, filters: EventListFilters) {
  return queryOptions({
    queryKey: eventKeys.list(filters),
    queryFn: () => listEvents(client, filters),
    placeholderData: keepPreviousData,
  });
}

export function useEvents(filters: EventListFilters) {
  const client = useApiClient();
  return useQuery({ ...listEventsQueryOptions(client!, filters), enabled: client !== null });
}
