/**
 * The only place that talks to the service worker (through workbox-window). It registers the worker,
 * says when a new version is waiting, and activates it only when staff ask — and never while scans wait
 * to sync, because a reload mid-sync is exactly when a door device must not surprise anyone. There is no
 * automatic reload. workbox-window loads after the first paint: a door needs the scanner first, and
 * registration can wait the few milliseconds the chunk takes (it is precached like the rest).
 */
import type { Workbox } from 'workbox-window';
import { create } from 'zustand';
import { countByState, waitingCount } from './scan-journal';
import { defineMessages, t } from './i18n';

const messages = defineMessages({
  waiting: {
    id: 'sw.waiting',
    defaultMessage:
      '{count, plural, one {# scan waits} other {# scans wait}} to sync. The update can be applied once the queue is empty.',
  },
  noUpdate: { id: 'sw.noUpdate', defaultMessage: 'No update is waiting.' },
});

interface ServiceWorkerState {
  /** The worker controls this page: it will open offline. */
  ready: boolean;
  /** A new version is installed and waits for staff to apply it. */
  updateReady: boolean;
}

export const useServiceWorkerStore = create<ServiceWorkerState>(() => ({ ready: false, updateReady: false }));

/** How often an open app asks the server for a new version (a shift can last all night). */
const UPDATE_CHECK_MS = 30 * 60_000;
let workbox: Workbox | null = null;

/** Registers /sw.js once, in production builds only (there is no service worker under `vite dev`). */
export async function registerServiceWorker(): Promise<void> {
  if (workbox || import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  if (workbox) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => useServiceWorkerStore.setState({ updateReady: true }));
  workbox.addEventListener('activated', () => useServiceWorkerStore.setState({ ready: true }));
  void workbox
    .register()
    .then((registration) => useServiceWorkerStore.setState({ ready: Boolean(registration?.active) }))
    .catch((error: unknown) => console.error('Service worker registration failed', error));
  setInterval(() => void checkForUpdate(), UPDATE_CHECK_MS);
}

/** Asks the server whether a new version exists; a found one shows as "Update ready". */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update().catch(() => undefined);
}

export type UpdateDecision = { allowed: true } | { allowed: false; reason: string };

/** Whether an update may be applied now, given how many scans still wait for the server. */
export function updateDecision(waiting: number): UpdateDecision {
  if (waiting === 0) return { allowed: true };
  return { allowed: false, reason: t(messages.waiting, { count: waiting }) };
}

/**
 * Activates the waiting version and reloads into it, unless scans wait to sync. `countWaiting` is the
 * journal's count; tests pass their own.
 */
export async function applyUpdate(
  countWaiting: () => Promise<number> = async () => waitingCount(await countByState()),
): Promise<UpdateDecision> {
  const decision = updateDecision(await countWaiting());
  if (!decision.allowed) return decision;
  if (!workbox || !useServiceWorkerStore.getState().updateReady) {
    return { allowed: false, reason: t(messages.noUpdate) };
  }
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
  return decision;
}
