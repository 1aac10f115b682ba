/** The one factory for sales query keys: one report per event. */
export const salesKeys = {
  all: ['sales'] as const,
  reports: () => [...salesKeys.all, 'report'] as const,
  report: (eventId: string) => [...salesKeys.reports(), eventId] as const,
};
