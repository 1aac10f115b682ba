/** GET /tenant: who we are connected to, and who the token belongs to. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type ApiResult, type CaldasaClient, type Schemas } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';
import { useConnectionStore } from '../../lib/connection-store';
import { vPublicTenantDto } from '../../lib/api/door.schemas.gen';
import { fallback, number, readWith, tolerant } from '../../lib/api/tolerant-schema';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  notCaldasa: {
    id: 'tenant.notCaldasa',
    defaultMessage: 'That address answered, but not like a Caldasa API.',
  },
});

export type Tenant = Schemas['PublicTenantDto'];

/** A tenant that leaves out its grace period gets 30 minutes (the sandbox's default), as before. */
const tenantAnswer = tolerant(vPublicTenantDto, {
  override: { doorsOpenGraceMinutes: fallback(number(), 30) },
});

/**
 * Checks the fields the app relies on; an answer without them is not a Caldasa tenant. A role this app does
 * not know gets the door's rights, never the admin's.
 */
export function parseTenant(data: unknown): Tenant | null {
  const tenant = readWith(tenantAnswer, data);
  if (!tenant) return null;
  const { id, name, timeZone, currency, currentUser } = tenant;
  if ([id, name, timeZone, currency, currentUser.id].includes('')) return null;
  const role = tenant.currentUser.role === 'Admin' ? 'Admin' : 'Door';
  return { ...tenant, currentUser: { ...tenant.currentUser, role } };
}

export async function getTenant(client: CaldasaClient): Promise<ApiResult<Tenant>> {
  const result = await callApi(() => client.GET('/tenant'));
  if (!result.ok) return result;
  const tenant = parseTenant(result.data);
  if (!tenant) {
    return {
      ok: false,
      failure: { kind: 'network', message: t(messages.notCaldasa) },
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
