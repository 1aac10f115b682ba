import { QueryClient } from '@tanstack/react-query';
import { useConnectionStore } from '../lib/connection-store';

/** One query client for the app. Reads retry twice; writes never retry blindly. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 2, staleTime: 30_000, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

// Server data belongs to one sign-in: after a disconnect or a sign-in with another token, nothing of the
// old one (its tenant, its role, its back-office data) may show.
useConnectionStore.subscribe((state, previous) => {
  const before = previous.credentials?.signInId;
  if (before && before !== state.credentials?.signInId) queryClient.clear();
});
