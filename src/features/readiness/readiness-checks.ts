/** The readiness checks that are plain logic: each one ends in a status and words for staff. */
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  inStep: { id: 'checks.inStep', defaultMessage: "This device's clock is in step with the server." },
  behind: {
    id: 'checks.behind',
    defaultMessage: "This device's clock is {seconds, number} s behind the server.",
  },
  ahead: {
    id: 'checks.ahead',
    defaultMessage: "This device's clock is {seconds, number} s ahead of the server.",
  },
  setClock: {
    id: 'checks.setClock',
    defaultMessage: '{words} Set the time automatically in the device settings.',
  },
  unreachable: { id: 'checks.unreachable', defaultMessage: 'The server could not be reached: {reason}' },
  needsServer: { id: 'checks.needsServer', defaultMessage: 'Needs the server.' },
  noDate: {
    id: 'checks.noDate',
    defaultMessage: 'The server sent no Date header (or hides it from this page).',
  },
  answers: { id: 'checks.answers', defaultMessage: 'The server answers.' },
  noWaiting: { id: 'checks.noWaiting', defaultMessage: 'No scan waits to sync.' },
  waiting: {
    id: 'checks.waiting',
    defaultMessage:
      '{count, plural, one {# scan waits} other {# scans wait}} to sync. Sync them before doors open.',
  },
  noPersist: { id: 'checks.noPersist', defaultMessage: 'This browser cannot keep storage persistent.' },
  persistent: {
    id: 'checks.persistent',
    defaultMessage: 'Persistent: scans are safe from storage clean-up.',
  },
  notPersistent: {
    id: 'checks.notPersistent',
    defaultMessage: 'Not persistent: the browser may clear data when space is low. Install the app.',
  },
});

export type CheckStatus = 'ok' | 'warning' | 'failed' | 'running';

export interface CheckResult {
  status: CheckStatus;
  detail: string;
}

/** More than this between the device and the server makes scan times in reports misleading. */
export const CLOCK_WARNING_MS = 60_000;

/** Words for a clock difference (server minus device, ms). */
export function clockCheck(offsetMs: number): CheckResult {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const words =
    seconds === 0 ? t(messages.inStep) : t(offsetMs > 0 ? messages.behind : messages.ahead, { seconds });
  if (Math.abs(offsetMs) > CLOCK_WARNING_MS)
    return { status: 'warning', detail: t(messages.setClock, { words }) };
  return { status: 'ok', detail: words };
}

/** GET /tenant, for reachability and the clock difference from its Date header. */
export async function checkServer(
  client: CaldasaClient,
  now: () => number = Date.now,
): Promise<{
  online: CheckResult;
  clock: CheckResult;
}> {
  const sentAt = now();
  const result = await callApi(() => client.GET('/tenant'));
  if (!result.ok) {
    const detail = t(messages.unreachable, { reason: result.failure.message });
    return {
      online: { status: 'failed', detail },
      clock: { status: 'failed', detail: t(messages.needsServer) },
    };
  }
  const date = Date.parse(result.response.headers.get('Date') ?? '');
  // The Date header is the server's time somewhere during the request: compare with its middle.
  const middle = (sentAt + now()) / 2;
  const clock = Number.isNaN(date)
    ? { status: 'warning' as const, detail: t(messages.noDate) }
    : clockCheck(date - middle);
  return { online: { status: 'ok', detail: t(messages.answers) }, clock };
}

export function countCheck(waiting: number): CheckResult {
  return waiting === 0
    ? { status: 'ok', detail: t(messages.noWaiting) }
    : { status: 'warning', detail: t(messages.waiting, { count: waiting }) };
}

export function storageCheck(persisted: boolean | null): CheckResult {
  if (persisted === null) return { status: 'warning', detail: t(messages.noPersist) };
  return persisted
    ? { status: 'ok', detail: t(messages.persistent) }
    : { status: 'warning', detail: t(messages.notPersistent) };
}
