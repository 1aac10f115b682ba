/**
 * What the queue needs to know about the server before it sends: who the token belongs to (for the
 * own-attempt rule) and how far the server's clock is from ours (from the Date header of GET /tenant).
 */
import { callApi, type ApiResult, type CaldasaClient } from '../../lib/api/api-client';
import { vPublicApiUserDto, vPublicTenantDto } from '../../lib/api/door.schemas.gen';
import { readWith, tolerant } from '../../lib/api/tolerant-schema';
import type { QueueSession } from './sync-engine';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  notCaldasa: {
    id: 'queueSession.notCaldasa',
    defaultMessage: 'The server answered, but not like a Caldasa API.',
  },
});

/** Server clock minus device clock in ms, from a response's Date header; 0 when there is none. */
export function serverOffsetMs(response: Response, now: Date): number {
  const date = response.headers.get('Date');
  const at = date ? Date.parse(date) : Number.NaN;
  return Number.isNaN(at) ? 0 : at - now.getTime();
}

/** The tenant answer, read only for the id of the token's user. */
const sessionAnswer = tolerant(vPublicTenantDto, {
  pick: [],
  override: { currentUser: tolerant(vPublicApiUserDto, { pick: ['id'] }) },
});

/** GET /tenant, read for the current user's id and the clock offset. */
export async function fetchQueueSession(
  client: CaldasaClient,
  now: () => Date,
): Promise<ApiResult<QueueSession>> {
  const result = await callApi(() => client.GET('/tenant'));
  if (!result.ok) return result;
  const userId = readWith(sessionAnswer, result.data)?.currentUser.id;
  if (!userId) {
    return {
      ok: false,
      failure: { kind: 'network', message: t(messages.notCaldasa) },
    };
  }
  return {
    ok: true,
    data: { userId, serverOffsetMs: serverOffsetMs(result.response, now()) },
    response: result.response,
  };
}
