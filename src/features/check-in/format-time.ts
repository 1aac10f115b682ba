/** Rough distances from now on the verdict screen; wall-clock times come from lib/event-time. */

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** "3 min ago", "just now" (under a minute), "2 h ago". */
export function formatAgo(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  if (ms < 60_000) return 'just now';
  return `${span(ms)} ago`;
}

/** "in 42 min", "in less than a minute", or "now" once the time has passed. */
export function formatUntil(iso: string, now: Date): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return 'now';
  if (ms < 60_000) return 'in less than a minute';
  // Rounded up: "doors open in 42 min" must not be said when 42 minutes and some seconds remain.
  return `in ${span(Math.ceil(ms / 60_000) * 60_000)}`;
}
