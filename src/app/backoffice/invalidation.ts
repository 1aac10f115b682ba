/**
 * What one feature's change means for the others: features do not import each other, so the app, which
 * composes them, says which other queries a change makes stale (given to the screens through
 * ui/after-change).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { eventKeys } from '../../features/events/event-keys';
import { salesKeys } from '../../features/sales/sales-keys';
import { ticketTypeKeys } from '../../features/ticket-types/ticket-type-keys';
import type { ChangeEffects } from '../../ui/after-change';

export function useChangeEffects(): ChangeEffects {
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      /** Ticket types are embedded in the event's detail and are the tiers of its sales report. */
      afterTicketTypeChange: (eventId) =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
          queryClient.invalidateQueries({ queryKey: salesKeys.report(eventId) }),
        ]),
      /** A cancelled order changes sold counts everywhere they are shown: event, lists, types, report. */
      afterOrderCancel: (eventId) =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
          queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
          queryClient.invalidateQueries({ queryKey: ticketTypeKeys.list(eventId) }),
          queryClient.invalidateQueries({ queryKey: salesKeys.report(eventId) }),
        ]),
    }),
    [queryClient],
  );
}
