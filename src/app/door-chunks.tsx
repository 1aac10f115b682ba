/**
 * Door parts the scan screen's first paint does not need, each in its own chunk: the verdict (shown only
 * after a read), the event and door pickers (shown only before the door is set), the connect screen (a
 * device at the door is already signed in) and the sign-out question (asked only from the menu). Same names and props
 * as the features export, each wrapped in its own Suspense so callers need no change. They are fetched
 * while the browser is idle after the first paint (and precached), so the first verdict never waits.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  loadingEvents: { id: 'chunks.loadingEvents', defaultMessage: 'Loading events…' },
  loading: { id: 'chunks.loading', defaultMessage: 'Loading…' },
});

const loadVerdict = () => import('../features/check-in/VerdictScreen');
const loadEventPicker = () => import('../features/event-setup/EventPicker');
const loadDoorPicker = () => import('../features/event-setup/DoorPicker');
const loadConnect = () => import('../features/connection/ConnectScreen');
const loadSignOut = () => import('../ui/SignOutDialog');

const LazyVerdictScreen = lazy(() => loadVerdict().then((m) => ({ default: m.VerdictScreen })));
const LazyEventPicker = lazy(() => loadEventPicker().then((m) => ({ default: m.EventPicker })));
const LazyDoorPicker = lazy(() => loadDoorPicker().then((m) => ({ default: m.DoorPicker })));
const LazyConnectScreen = lazy(() => loadConnect().then((m) => ({ default: m.ConnectScreen })));
const LazySignOutDialog = lazy(() => loadSignOut().then((m) => ({ default: m.SignOutDialog })));

export function VerdictScreen(props: ComponentProps<typeof LazyVerdictScreen>) {
  return (
    <Suspense fallback={null}>
      <LazyVerdictScreen {...props} />
    </Suspense>
  );
}

export function EventPicker() {
  return (
    <Suspense fallback={<p className="loading">{t(messages.loadingEvents)}</p>}>
      <LazyEventPicker />
    </Suspense>
  );
}

export function DoorPicker(props: ComponentProps<typeof LazyDoorPicker>) {
  return (
    <Suspense fallback={<p className="loading">{t(messages.loading)}</p>}>
      <LazyDoorPicker {...props} />
    </Suspense>
  );
}

export function ConnectScreen(props: ComponentProps<typeof LazyConnectScreen>) {
  return (
    <Suspense fallback={null}>
      <LazyConnectScreen {...props} />
    </Suspense>
  );
}

export function SignOutDialog(props: ComponentProps<typeof LazySignOutDialog>) {
  return (
    <Suspense fallback={null}>
      <LazySignOutDialog {...props} />
    </Suspense>
  );
}

/** Starts loading the connect screen now: main.tsx calls it before the first paint on a device not signed in. */
export function preloadConnectScreen(): void {
  void loadConnect();
}

/**
 * The door's other screens, fetched while the device is idle, the verdict first (the next guest's scan
 * needs it). One per idle period: started together they made one long task of link insertions and module
 * starts on a slow phone, just as the camera came up.
 */
const warmUps = [loadVerdict, loadEventPicker, loadDoorPicker, loadConnect, loadSignOut];

function warmNext(): void {
  const next = warmUps.shift();
  if (!next) return;
  void next();
  scheduleWarmUp();
}

function scheduleWarmUp(): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(warmNext, { timeout: 3000 });
  else setTimeout(warmNext, 300);
}

if (typeof window !== 'undefined') scheduleWarmUp();
