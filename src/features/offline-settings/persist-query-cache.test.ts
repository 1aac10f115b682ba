import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDoorDb, DB_NAME, writeKv } from '../../lib/idb';
import { persistQueryCache, restoreQueryCache } from './persist-query-cache';

afterEach(async () => {
  vi.useRealTimers();
  await closeDoorDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('the saved query cache', () => {
  it('brings back the last event details in a new page', async () => {
    const before = new QueryClient();
    const stop = persistQueryCache(before);
    await before.fetchQuery({ queryKey: ['event', 'e1'], queryFn: async () => ({ id: 'e1', name: 'Gala' }) });
    await vi.waitFor(
      async () => {
        const after = new QueryClient();
        await restoreQueryCache(after);
        expect(after.getQueryData(['event', 'e1'])).toEqual({ id: 'e1', name: 'Gala' });
      },
      { timeout: 4_000 },
    );
    stop();
  });

  it('marks what it brings back as stale, so a screen opened online reads it again', async () => {
    const before = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    const stop = persistQueryCache(before);
    await before.fetchQuery({ queryKey: ['ticket-types', 'e1'], queryFn: async () => ['GA', 'Unsold'] });
    await vi.waitFor(
      async () => {
        const after = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
        await restoreQueryCache(after);
        expect(after.getQueryData(['ticket-types', 'e1'])).toEqual(['GA', 'Unsold']);
        expect(after.getQueryState(['ticket-types', 'e1'])?.isInvalidated).toBe(true);
      },
      { timeout: 4_000 },
    );
    stop();
  });

  it('keeps what it brings back fresh on a device that knows it is offline (no reads that can only fail)', async () => {
    const before = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    const stop = persistQueryCache(before);
    await before.fetchQuery({ queryKey: ['event', 'e2'], queryFn: async () => ({ id: 'e2' }) });
    vi.stubGlobal('navigator', { onLine: false });
    try {
      await vi.waitFor(
        async () => {
          const after = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
          await restoreQueryCache(after);
          expect(after.getQueryData(['event', 'e2'])).toEqual({ id: 'e2' });
          expect(after.getQueryState(['event', 'e2'])?.isInvalidated).toBe(false);
        },
        { timeout: 4_000 },
      );
    } finally {
      vi.unstubAllGlobals();
      stop();
    }
  });

  it('ignores a cache saved more than a week ago', async () => {
    const old = new QueryClient();
    old.setQueryData(['event', 'e1'], { id: 'e1' });
    const { dehydrate } = await import('@tanstack/react-query');
    await writeKv('query-cache', { format: 1, savedAt: 0, state: dehydrate(old) });
    const after = new QueryClient();
    await restoreQueryCache(after, 8 * 24 * 60 * 60_000);
    expect(after.getQueryData(['event', 'e1'])).toBeUndefined();
  });

  it('starts cold when the saved value is not a cache', async () => {
    await writeKv('query-cache', 'garbage');
    const after = new QueryClient();
    await restoreQueryCache(after);
    expect(after.getQueryCache().getAll()).toHaveLength(0);
  });
});
