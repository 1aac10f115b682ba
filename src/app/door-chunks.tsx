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

function preload() {
  void loadVerdict();
  void loadEventPicker();
  void loadDoorPicker();
  void loadConnect();
  void loadSignOut();
}

if (typeof window !== 'undefined') {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(preload, { timeout: 3000 });
  else setTimeout(preload, 1000);
}
