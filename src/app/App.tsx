import { lazy, Suspense, type ComponentType } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConnectScreen } from './door-chunks';
import { useConnectionStore } from '../lib/connection-store';
import { defineMessages, t, useAppLanguage } from '../lib/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { queryClient } from './query-client';
import { Link, usePathname } from '../lib/router';
import { ScanRoute } from './ScanRoute';
import { DoorHeader } from './door/DoorHeader';
import { toolMessagesReady } from './door/tool-messages';
import { UpdateReadyBanner } from '../features/scan-queue/UpdateReadyBanner';

// The back office is its own chunk: door devices never download it.
// Drawn once its own messages are in (they load with it, in the language on screen).
const BackOfficeApp = lazy(() =>
  import('./backoffice/BackOfficeApp').then(async (module) => {
    await module.backOfficeMessagesReady;
    return module;
  }),
);
// Door tools load on demand with their messages, so the scanner entry stays lean (they are precached for
// offline use).
function doorTool(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => Promise.all([load(), toolMessagesReady()]).then(([module]) => module));
}
const doorTools: Record<string, ReturnType<typeof lazy>> = {
  '/queue': doorTool(() => import('./door/QueueRoute')),
  '/readiness': doorTool(() => import('../features/readiness/ReadinessScreen')),
  '/settings': doorTool(() => import('../features/offline-settings/SettingsScreen')),
  '/relay': doorTool(() => import('../features/relay/RelayScreen')),
};

const messages = defineMessages({
  scan: {
    id: 'app.backToScan',
    defaultMessage: 'Scan',
    description: 'Link from a door tool back to scanning',
  },
  loading: { id: 'app.loading', defaultMessage: 'Loading…' },
  loadingBackOffice: { id: 'app.loadingBackOffice', defaultMessage: 'Loading the back office…' },
});

/** A door tool under the status line, whose left part leads back to scanning. */
function DoorTool({ pathname }: { pathname: string }) {
  const Tool = doorTools[pathname];
  if (!Tool) return <ScanRoute />;
  return (
    <>
      <DoorHeader>
        <Link href="/" className="door-status__back">
          <span aria-hidden="true">← </span>
          {t(messages.scan)}
        </Link>
      </DoorHeader>
      <Suspense fallback={<p className="loading">{t(messages.loading)}</p>}>
        <Tool />
      </Suspense>
    </>
  );
}

function Screens() {
  const pathname = usePathname();
  const credentials = useConnectionStore((state) => state.credentials);
  if (!credentials) return <ConnectScreen />;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) {
    return (
      <Suspense fallback={<p className="loading">{t(messages.loadingBackOffice)}</p>}>
        <BackOfficeApp />
      </Suspense>
    );
  }
  return (
    <>
      <UpdateReadyBanner />
      <DoorTool pathname={pathname} />
    </>
  );
}

/** The whole app: providers around the screen chosen by the path. */
export function App() {
  // A new language redraws every screen at once: stores and the query cache live outside the tree.
  const language = useAppLanguage();
  return (
    <ErrorBoundary key={language}>
      <QueryClientProvider client={queryClient}>
        <Screens />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
