import { QueryClient } from '@tanstack/react-query';
import { useConnectionStore } from '../lib/connection-store';

/** One query client for the app. Reads retry twice; writes never retry blindly. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 2, staleTime: 30_000, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

// Server data belongs to one connection: after a disconnect, nothing of the old tenant may show.
useConnectionStore.subscribe((state, previous) => {
  if (previous.credentials && !state.credentials) queryClient.clear();
});
