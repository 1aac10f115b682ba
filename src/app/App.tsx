import { lazy, Suspense } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConnectScreen } from '../features/connection/ConnectScreen';
import { useConnectionStore } from '../lib/connection-store';
import { ErrorBoundary } from './ErrorBoundary';
import { queryClient } from './query-client';
import { usePathname } from './router';
import { ScanRoute } from './ScanRoute';

// The back office is its own chunk: door devices never download it.
const BackOfficeApp = lazy(() => import('./backoffice/BackOfficeApp'));

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
  return <ScanRoute />;
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
