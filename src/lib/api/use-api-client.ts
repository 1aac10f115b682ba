import { useMemo } from 'react';
import { useConnectionStore } from '../connection-store';
import { createCaldasaClient, type CaldasaClient } from './api-client';

/** The typed API client for the current connection, or null when the device is not connected. */
export function useApiClient(): CaldasaClient | null {
  const credentials = useConnectionStore((state) => state.credentials);
  return useMemo(
    () => (credentials ? createCaldasaClient(credentials.baseUrl, credentials.token) : null),
    [credentials],
  );
}
