/**
 * Keeps the TanStack Query cache in IndexedDB (the `kv` store), so a door device opened offline after one
 * online visit starts with its tenant, event and door details. Only successful queries are kept; a saved
 * cache older than a week, or from another app version's format, is ignored.
 */
import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { array, fallback, number, object, readWith, unknown } from '../../lib/api/tolerant-schema';
import { readKv, writeKv } from '../../lib/idb';

const KEY = 'query-cache';
const FORMAT = 1;
const MAX_AGE_MS = 7 * 24 * 60 * 60_000;
const SAVE_DELAY_MS = 1_000;
/** A start-up never waits longer than this for the saved cache (a blocked database must not block the door). */
const RESTORE_TIMEOUT_MS = 1_500;

const savedCache = object({ format: number(), savedAt: fallback(number(), 0), state: unknown() });
const dehydratedLists = object({ queries: array(unknown()), mutations: array(unknown()) });

function isDehydratedState(value: unknown): value is DehydratedState {
  return readWith(dehydratedLists, value) !== null;
}

/** Puts a saved cache back into the client; never throws (a missing or broken cache means a cold start). */
export async function restoreQueryCache(client: QueryClient, now = Date.now()): Promise<void> {
  try {
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, RESTORE_TIMEOUT_MS));
    const stored = readWith(savedCache, await Promise.race([readKv(KEY), timeout]));
    if (!stored || stored.format !== FORMAT || now - stored.savedAt > MAX_AGE_MS) return;
    if (!isDehydratedState(stored.state)) return;
    hydrate(client, stored.state);
    // The saved copy can be older than what the last page showed: it is written a second after queries
    // settle, so a reload right after a change brings back the state before it. Marked stale, every
    // restored query is shown at once and read again as soon as a screen uses it. A device that knows it
    // has no network skips this: its reads would only fail, and its start would pay for them.
    if (globalThis.navigator?.onLine !== false) await client.invalidateQueries({ refetchType: 'none' });
  } catch (error) {
    console.warn('The saved query cache could not be read', error);
  }
}

/** Saves the cache a moment after queries settle. Returns the unsubscribe. */
export function persistQueryCache(client: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    const state = dehydrate(client);
    writeKv(KEY, { format: FORMAT, savedAt: Date.now(), state }).catch((error: unknown) =>
      console.warn('The query cache could not be saved', error),
    );
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
