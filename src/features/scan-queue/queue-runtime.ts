/**
 * The running queue for this page: one engine built on the stored credentials, started once, and the
 * triggers that wake it (start-up, `online`, the app becoming visible, a new sign-in, new scans, the
 * backoff timer, and "Sync now"). Only one tab at a time syncs, through a Web Lock.
 */
import { create } from 'zustand';
import { useConnectionStore } from '../../lib/connection-store';
import { readDeviceName, subscribeScans } from '../../lib/scan-journal';
import { createQueueServer } from './queue-server';
import { createSyncEngine, type SyncEngine, type SyncReport } from './sync-engine';

interface QueueStatus {
  syncing: boolean;
  lastReport: SyncReport | null;
}

export const useQueueStatusStore = create<QueueStatus>(() => ({ syncing: false, lastReport: null }));

const LOCK_NAME = 'caldasa-door-sync';
let engine: SyncEngine | null = null;

async function webLock<T>(run: () => Promise<T>): Promise<T | undefined> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return run();
  // ifAvailable: a tab that finds another syncing leaves the work to it instead of queueing behind it.
  return await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? run() : undefined));
}

/** Runs a sync now (the "Sync now" button and every trigger). */
export async function syncNow(): Promise<void> {
  if (!engine) return;
  useQueueStatusStore.setState({ syncing: true });
  try {
    const lastReport = await engine.sync();
    useQueueStatusStore.setState({ lastReport });
  } finally {
    useQueueStatusStore.setState({ syncing: false });
  }
}

/** Starts the queue for this page; returns the stop function. Safe to call once per page. */
export function startScanQueue(): () => void {
  if (engine) return () => undefined;
  const running = createSyncEngine({
    server: () => {
      const credentials = useConnectionStore.getState().credentials;
      return credentials ? createQueueServer(credentials) : null;
    },
    deviceName: readDeviceName,
    onAuthRejected: () => useConnectionStore.getState().markTokenRejected(),
    withLock: webLock,
  });
  engine = running;
  const wake = () => void syncNow();
  const onVisible = () => document.visibilityState === 'visible' && wake();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const onScansChanged = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void running.reschedule(), 250);
  };
  window.addEventListener('online', wake);
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribeScans = subscribeScans(onScansChanged);
  const unsubscribeConnection = useConnectionStore.subscribe((state, previous) => {
    if (state.credentials && state.credentials !== previous.credentials) void running.resumeAfterSignIn();
  });
  // Start-up: scans that met a 401 in an earlier session get one more try with the stored token.
  void running.resumeAfterSignIn();
  return () => {
    window.removeEventListener('online', wake);
    document.removeEventListener('visibilitychange', onVisible);
    unsubscribeScans();
    unsubscribeConnection();
    running.stop();
    engine = null;
  };
}
