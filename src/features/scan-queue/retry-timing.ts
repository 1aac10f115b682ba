/**
 * When a scan that failed for a transient reason (network, timeout, 5xx, 429) may be sent again:
 * exponential backoff with full jitter (base 1 s, cap 60 s), never earlier than the server's Retry-After.
 */
import { parseRetryAfter } from '../../lib/api/retry-after';

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;

/** Full jitter: a random wait between 0 and min(cap, base · 2^(attempts − 1)). */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

export { parseRetryAfter };

/** The time of the next attempt after `attempts` tries: the jittered backoff, or Retry-After if later. */
export function nextAttemptAt(
  attempts: number,
  retryAfter: string | null,
  now: Date,
  random: () => number,
): Date {
  const backoff = backoffDelayMs(attempts, random);
  const serverWait = parseRetryAfter(retryAfter, now) ?? 0;
  return new Date(now.getTime() + Math.max(backoff, serverWait));
}
