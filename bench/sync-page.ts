/**
 * Functions the sync bench runs inside the page (passed to page.evaluate, so each is self-contained):
 * write pending scans into the app's journal, count the journal by state, watch long tasks.
 */
export interface BenchScan {
  token: string;
  eventId: string;
  door: string;
}

/** Writes one pending fact per scan, as the scanner leaves them after a shift offline. */
export async function insertPendingScans(scans: BenchScan[]): Promise<void> {
  const open = indexedDB.open('caldasa-door');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction('scans', 'readwrite');
  const start = Date.now() - scans.length * 500;
  scans.forEach((scan, i) => {
    const scannedAt = new Date(start + i * 500).toISOString();
    tx.objectStore('scans').put({
      scanId: crypto.randomUUID(),
      ...scan,
      override: false,
      notes: null,
      scannedAt,
      attempts: 0,
      firstAttemptAt: null,
      nextAttemptAt: null,
      state: 'pending',
      result: null,
      lastError: null,
      reviewedAt: null,
      source: 'typed',
    });
  });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Counts the journal by state. */
export async function countJournal(): Promise<Record<string, number> & { total: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('caldasa-door');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const index = db.transaction('scans').objectStore('scans').index('by-state');
  const states = ['pending', 'sending', 'done', 'refused', 'conflict', 'needs-auth'];
  const counts = await Promise.all(
    states.map(
      (state) =>
        new Promise<number>((resolve) => {
          const request = index.count(state);
          request.onsuccess = () => resolve(request.result);
        }),
    ),
  );
  db.close();
  const byState = Object.fromEntries(states.map((state, i) => [state, counts[i] ?? 0]));
  return {
    pending: 0,
    sending: 0,
    done: 0,
    refused: 0,
    conflict: 0,
    ...byState,
    total: counts.reduce((a, b) => a + b, 0),
  };
}

/** Records every long task (≥ 50 ms) from now on in window.__longTasks. */
export function watchLongTasks(): void {
  const tasks: number[] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe(
    {
      type: 'longtask',
    },
  );
}
