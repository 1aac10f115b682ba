/** The readiness checks that are plain logic: each one ends in a status and words for staff. */
import { callApi, type CaldasaClient } from '../../lib/api/api-client';

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
  const direction = offsetMs > 0 ? 'behind' : 'ahead of';
  const words = seconds === 0 ? 'in step with the server' : `${seconds} s ${direction} the server`;
  if (Math.abs(offsetMs) > CLOCK_WARNING_MS) {
    return {
      status: 'warning',
      detail: `This device's clock is ${words}. Set the time automatically in the device settings.`,
    };
  }
  return { status: 'ok', detail: `This device's clock is ${words}.` };
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
    const detail = `The server could not be reached: ${result.failure.message}`;
    return { online: { status: 'failed', detail }, clock: { status: 'failed', detail: 'Needs the server.' } };
  }
  const date = Date.parse(result.response.headers.get('Date') ?? '');
  // The Date header is the server's time somewhere during the request: compare with its middle.
  const middle = (sentAt + now()) / 2;
  const clock = Number.isNaN(date)
    ? { status: 'warning' as const, detail: 'The server sent no Date header (or hides it from this page).' }
    : clockCheck(date - middle);
  return { online: { status: 'ok', detail: 'The server answers.' }, clock };
}

export function countCheck(waiting: number): CheckResult {
  return waiting === 0
    ? { status: 'ok', detail: 'No scan waits to sync.' }
    : { status: 'warning', detail: `${waiting} scans wait to sync. Sync them before doors open.` };
}

export function storageCheck(persisted: boolean | null): CheckResult {
  if (persisted === null)
    return { status: 'warning', detail: 'This browser cannot keep storage persistent.' };
  return persisted
    ? { status: 'ok', detail: 'Persistent: scans are safe from storage clean-up.' }
    : {
        status: 'warning',
        detail: 'Not persistent: the browser may clear data when space is low. Install the app.',
      };
}
