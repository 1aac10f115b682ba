/**
 * The server's "wait before asking again": a 429 (or 503) with Retry-After, whichever request received it,
 * holds every scan request of this page until the time has passed. The live check-in and the sync queue
 * both look here before they send; callApi records every Retry-After it sees.
 */
import { parseRetryAfter } from './retry-after';

let waitUntilMs = 0;

/** Records the Retry-After of a response that asked us to wait (429 or 503). */
export function noteServerWait(status: number, retryAfter: string | null, now = new Date()): void {
  if (status !== 429 && status !== 503) return;
  const wait = parseRetryAfter(retryAfter, now);
  if (wait === null) return;
  waitUntilMs = Math.max(waitUntilMs, now.getTime() + wait);
}

/** Milliseconds until the server may be asked again; 0 when it may be asked now. */
export function serverWaitRemaining(now = new Date()): number {
  return Math.max(0, waitUntilMs - now.getTime());
}

/** For tests: forget any wait. */
export function clearServerWait(): void {
  waitUntilMs = 0;
}
