/** GET /events?status=Published: the events a door can check in for. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type ApiResult, type CaldasaClient } from '../../lib/api/api-client';
import { vPublicBookableEventDto } from '../../lib/api/door.schemas.gen';
import {
  array,
  fallback,
  number,
  object,
  orNull,
  readWith,
  tolerant,
  unknown,
} from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { useConnectionStore } from '../../lib/connection-store';
import { queryError } from './query-failure';

/** The fields the door needs; the rest of the event is not read here. */
export interface DoorEvent {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  doorsOpenAt: string;
  timeZone: string;
  capacity: number | null;
  /** Venue-wide check-ins so far and tickets sold, for "checked in N of M"; null when not sent. */
  ticketsRedeemed: number | null;
  ticketsSold: number | null;
}

/** The door reads only these fields; the counts are extras it shows when they are there. */
const doorEvent = tolerant(vPublicBookableEventDto, {
  pick: ['id', 'name', 'startsAt', 'endsAt', 'doorsOpenAt', 'timeZone'],
  override: {
    capacity: orNull(number()),
    ticketsRedeemed: orNull(number()),
    ticketsSold: orNull(number()),
  },
});

/** Reads one event; null when a field the door relies on is missing. */
export function parseDoorEvent(value: unknown): DoorEvent | null {
  const event = readWith(doorEvent, value);
  if (!event) return null;
  const { id, startsAt, endsAt, doorsOpenAt, timeZone } = event;
  return [id, startsAt, endsAt, doorsOpenAt, timeZone].includes('') ? null : event;
}

/** The `items` of the list answer; an empty list when there are none. */
const publishedList = object({ items: fallback(array(unknown()), []) });

/**
 * The published events the door can read. Unlike the back office's list, an unreadable event is left out
 * rather than refusing the page: staff at the door pick their event from what is there.
 */
export async function listPublishedEvents(client: CaldasaClient): Promise<ApiResult<DoorEvent[]>> {
  const result = await callApi(() =>
    client.GET('/events', { params: { query: { status: 'Published', pageSize: 200 } } }),
  );
  if (!result.ok) return result;
  const items = readWith(publishedList, result.data)?.items ?? [];
  const events = items.map(parseDoorEvent).filter((event): event is DoorEvent => event !== null);
  return { ok: true, data: events, response: result.response };
}

export const eventKeys = {
  all: (baseUrl: string) => ['events', baseUrl] as const,
  published: (baseUrl: string) => [...eventKeys.all(baseUrl), 'published'] as const,
  detail: (baseUrl: string, eventId: string) => [...eventKeys.all(baseUrl), 'detail', eventId] as const,
};

export function publishedEventsQueryOptions(client: CaldasaClient, baseUrl: string) {
  return queryOptions({
    queryKey: eventKeys.published(baseUrl),
    queryFn: async () => {
      const result = await listPublishedEvents(client);
      if (!result.ok) throw queryError(result.failure);
      return result.data;
    },
  });
}

/** Published events of the connected tenant. */
export function usePublishedEvents() {
  const client = useApiClient();
  const baseUrl = useConnectionStore((state) => state.credentials?.baseUrl ?? '');
  return useQuery({ ...publishedEventsQueryOptions(client!, baseUrl), enabled: client !== null });
}
