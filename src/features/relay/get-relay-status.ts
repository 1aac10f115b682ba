/** GET /_relay/status and /_relay/scans.csv: the venue relay's own endpoints (openapi/relay.yaml). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, createApiClient, type ApiFailure } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import type { paths } from '../../lib/api/relay.gen';
import { useConnectionStore, type Credentials } from '../../lib/connection-store';
import { parseRelayStatus, type RelayStatus } from './parse-relay-status';

/** A failed call, kept as data so the screen can say "not a relay" for a 404. */
export class RelayCallError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
    this.name = 'RelayCallError';
  }
}

function client(credentials: Credentials) {
  return createApiClient<paths>(credentials.baseUrl, credentials.token);
}

export async function getRelayStatus(credentials: Credentials): Promise<RelayStatus> {
  const result = await callApi(() => client(credentials).GET('/_relay/status'));
  if (!result.ok) throw new RelayCallError(result.failure);
  return parseAnswer(result.data, parseRelayStatus, 'the relay status');
}

/** The CSV export, as text (fetched with the token in a header, never in a link). */
export async function getRelayScansCsv(credentials: Credentials): Promise<string> {
  const result = await callApi(() => client(credentials).GET('/_relay/scans.csv', { parseAs: 'text' }));
  if (!result.ok) throw new RelayCallError(result.failure);
  return result.data;
}

export const relayStatusQuery = (credentials: Credentials) =>
  queryOptions({
    queryKey: ['relay-status', credentials.signInId],
    queryFn: () => getRelayStatus(credentials),
    refetchInterval: 2_000,
    retry: false,
    staleTime: 0,
  });

/** The status, refreshed every two seconds while the page is open. */
export function useRelayStatus() {
  const credentials = useConnectionStore((state) => state.credentials);
  return useQuery({
    ...relayStatusQuery(credentials ?? { baseUrl: '', token: '', signInId: '' }),
    enabled: credentials !== null,
  });
}
