/** The one factory for events' query keys: every key starts with `events`, lists and details below it. */
import type { Schemas } from '../../lib/api/api-client';

export type EventStatus = Schemas['PublicBookableEventStatus'];

export interface EventListFilters {
  status: EventStatus | null;
  search: string;
  page: number;
}

export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filters: EventListFilters) => [...eventKeys.lists(), filters] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (eventId: string) => [...eventKeys.details(), eventId] as const,
};
