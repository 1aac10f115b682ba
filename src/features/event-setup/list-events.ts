/** GET /events?status=Published: the events a door can check in for. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type ApiResult, type CaldasaClient } from '../../lib/api/api-client';
import { asRecord, readArray, readNumber, readString } from '../../lib/api/read-json';
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

/** Reads one event; null when a field the door relies on is missing. */
export function parseDoorEvent(value: unknown): DoorEvent | null {
  const record = asRecord(value);
  const id = readString(record, 'id');
  const name = readString(record, 'name');
  const startsAt = readString(record, 'startsAt');
  const endsAt = readString(record, 'endsAt');
  const doorsOpenAt = readString(record, 'doorsOpenAt');
  const timeZone = readString(record, 'timeZone');
  if (!id || name === undefined || !startsAt || !endsAt || !doorsOpenAt || !timeZone) return null;
  return {
    id,
    name,
    startsAt,
    endsAt,
    doorsOpenAt,
    timeZone,
    capacity: readNumber(record, 'capacity') ?? null,
    ticketsRedeemed: readNumber(record, 'ticketsRedeemed') ?? null,
    ticketsSold: readNumber(record, 'ticketsSold') ?? null,
  };
}

export async function listPublishedEvents(client: CaldasaClient): Promise<ApiResult<DoorEvent[]>> {
  const result = await callApi(() =>
    client.GET('/events', { params: { query: { status: 'Published', pageSize: 200 } } }),
  );
  if (!result.ok) return result;
  const items = readArray(asRecord(result.data), 'items') ?? [];
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
