/** Route predicates for the service worker, kept pure so they read (and test) on their own. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** Same-origin built assets that were left out of the precache: the back office's chunks. */
export function isBackOfficeAsset(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.startsWith('/assets/');
}

/** A message from the page shaped like `{ type: string }`. */
export function isTypedMessage(data: unknown): data is { type: string } {
  return typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string';
}
