/**
 * When a scan that failed for a transient reason (network, timeout, 5xx, 429) may be sent again:
 * exponential backoff with full jitter (base 1 s, cap 60 s), never earlier than the server's Retry-After.
 */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;

/** Full jitter: a random wait between 0 and min(cap, base · 2^(attempts − 1)). */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/**
 * Reads Retry-After in both of its forms (RFC 9110): delta-seconds ("120") or an HTTP-date
 * ("Wed, 21 Oct 2030 07:28:00 GMT"). Returns the wait in milliseconds from `now`, never negative, or null
 * when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

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
