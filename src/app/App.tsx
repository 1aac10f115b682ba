import { lazy, Suspense } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConnectScreen } from '../features/connection/ConnectScreen';
import { useConnectionStore } from '../lib/connection-store';
import { ErrorBoundary } from './ErrorBoundary';
import { queryClient } from './query-client';
import { Link, usePathname } from './router';
import { ScanRoute } from './ScanRoute';
import { PendingBadge } from '../features/scan-queue/PendingBadge';
import { UpdateReadyBanner } from '../features/scan-queue/UpdateReadyBanner';

// The back office is its own chunk: door devices never download it.
const BackOfficeApp = lazy(() => import('./backoffice/BackOfficeApp'));
// Door tools load on demand, so the scanner entry stays lean (they are precached for offline use).
const doorTools: Record<string, ReturnType<typeof lazy>> = {
  '/queue': lazy(() => import('../features/scan-queue/QueueScreen')),
  '/readiness': lazy(() => import('../features/readiness/ReadinessScreen')),
  '/settings': lazy(() => import('../features/offline-settings/SettingsScreen')),
  '/relay': lazy(() => import('../features/relay/RelayScreen')),
};

/** Always on door screens: the queue's pending count and the way to the door tools. */
function DoorToolsBar() {
  return (
    <>
      <UpdateReadyBanner />
      <nav className="door-tools" aria-label="Door tools">
        <Link href="/">Scan</Link>
        <Link href="/queue" aria-label="Scan queue">
          <PendingBadge />
        </Link>
        <Link href="/readiness">Readiness</Link>
        <Link href="/settings">Settings</Link>
        <Link href="/relay">Relay</Link>
      </nav>
    </>
  );
}

function DoorScreen({ pathname }: { pathname: string }) {
  const Tool = doorTools[pathname];
  return (
    <>
      <DoorToolsBar />
      {Tool ? (
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Tool />
        </Suspense>
      ) : (
        <ScanRoute />
      )}
    </>
  );
}

function Screens() {
  const pathname = usePathname();
  const credentials = useConnectionStore((state) => state.credentials);
  if (!credentials) return <ConnectScreen />;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) {
    return (
      <Suspense fallback={<p className="loading">Loading the back office…</p>}>
        <BackOfficeApp />
      </Suspense>
    );
  }
  return <DoorScreen pathname={pathname} />;
}

/** The whole app: providers around the screen chosen by the path. */
export function App() {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <Screens />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
