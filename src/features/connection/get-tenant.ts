/** GET /tenant: who we are connected to, and who the token belongs to. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type ApiResult, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';
import { useConnectionStore } from '../../lib/connection-store';
import { asRecord, readNumber, readString } from '../../lib/api/read-json';

export type Tenant = Schemas['PublicTenantDto'];

/** Checks the fields the app relies on; an answer without them is not a Caldasa tenant. */
export function parseTenant(data: unknown): Tenant | null {
  const tenant = asRecord(data);
  const user = asRecord(tenant?.currentUser);
  const id = readString(tenant, 'id');
  const name = readString(tenant, 'name');
  const timeZone = readString(tenant, 'timeZone');
  const currency = readString(tenant, 'currency');
  const userId = readString(user, 'id');
  const displayName = readString(user, 'displayName');
  if (!id || !name || !timeZone || !currency || !userId || displayName === undefined) return null;
  return {
    id,
    name,
    timeZone,
    currency,
    doorsOpenGraceMinutes: readNumber(tenant, 'doorsOpenGraceMinutes') ?? 30,
    currentUser: { id: userId, displayName, role: readString(user, 'role') === 'Admin' ? 'Admin' : 'Door' },
  };
}

export async function getTenant(client: CaldasaClient): Promise<ApiResult<Tenant>> {
  const result = await callApi(() => client.GET('/tenant'));
  if (!result.ok) return result;
  const tenant = parseTenant(result.data);
  if (!tenant) {
    return {
      ok: false,
      failure: { kind: 'network', message: 'That address answered, but not like a Caldasa API.' },
    };
  }
  return { ok: true, data: tenant, response: result.response };
}

/** Keyed by sign-in: a cached tenant carries the token's role, which another sign-in must never see. */
export const tenantKeys = {
  current: (baseUrl: string, signInId: string) => ['tenant', baseUrl, signInId] as const,
};

export function tenantQueryOptions(client: CaldasaClient, baseUrl: string, signInId: string) {
  return queryOptions({
    queryKey: tenantKeys.current(baseUrl, signInId),
    queryFn: async () => {
      const result = await getTenant(client);
      if (!result.ok) throw new Error(result.failure.message);
      return result.data;
    },
    staleTime: 5 * 60_000,
  });
}

/** The connected tenant, from the query cache (filled at connect time, refreshed in the background). */
export function useTenant() {
  const client = useApiClient();
  const baseUrl = useConnectionStore((state) => state.credentials?.baseUrl ?? '');
  const signInId = useConnectionStore((state) => state.credentials?.signInId ?? '');
  return useQuery({ ...tenantQueryOptions(client!, baseUrl, signInId), enabled: client !== null });
}
