import { QueryClient } from '@tanstack/react-query';

/** One query client for the app. Reads retry twice; writes never retry blindly. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 2, staleTime: 30_000, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});
