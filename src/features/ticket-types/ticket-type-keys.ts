/** The one factory for ticket types' query keys: all of one event's types sit under its key. */
export const ticketTypeKeys = {
  all: ['ticket-types'] as const,
  lists: () => [...ticketTypeKeys.all, 'list'] as const,
  list: (eventId: string) => [...ticketTypeKeys.lists(), eventId] as const,
};
