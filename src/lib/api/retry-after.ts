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
