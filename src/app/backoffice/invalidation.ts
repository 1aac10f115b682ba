/**
 * What one feature's change means for the others: features do not import each other, so the app, which
 * composes them, says which other queries a change makes stale.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { eventKeys } from '../../features/events/event-keys';
import { salesKeys } from '../../features/sales/sales-keys';
import { ticketTypeKeys } from '../../features/ticket-types/ticket-type-keys';

/** Ticket types are embedded in the event's detail and are the tiers of its sales report. */
export function useAfterTicketTypeChange(eventId: string): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
        queryClient.invalidateQueries({ queryKey: salesKeys.report(eventId) }),
      ]),
    [queryClient, eventId],
  );
}

/** A cancelled order changes sold counts everywhere they are shown: event, lists, types, report. */
export function useAfterOrderCancel(eventId: string): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
        queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ticketTypeKeys.list(eventId) }),
        queryClient.invalidateQueries({ queryKey: salesKeys.report(eventId) }),
      ]),
    [queryClient, eventId],
  );
}
