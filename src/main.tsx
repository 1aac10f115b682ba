import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { queryClient } from './app/query-client';
import { persistQueryCache, restoreQueryCache } from './features/offline-settings/persist-query-cache';
import { startScanQueue } from './features/scan-queue/queue-runtime';
import { registerServiceWorker } from './lib/sw-bridge';
import { loadLanguage, startLanguage } from './lib/i18n';
import { applyTheme } from './lib/theme';
import { preloadConnectScreen } from './app/door-chunks';
import { useConnectionStore } from './lib/connection-store';
import './styles.css';

// Before the first paint, so a light-theme device never flashes dark.
applyTheme();
const root = document.getElementById('root');
if (root) {
  // The saved query cache first, so a device opened offline starts on its event with its details.
  // The chosen language's catalogue (precached, a few KB) loads with it.
  // A device not signed in opens on the connect screen: its chunk loads beside the rest, not after them.
  if (!useConnectionStore.getState().credentials) preloadConnectScreen();
  const ready = Promise.all([restoreQueryCache(queryClient), loadLanguage(startLanguage())]);
  // The first use of Intl loads its locale data (20–80 ms measured here, four times that on a slow phone).
  // In a task of its own while the catalogue and the saved queries load, it is not added to the first render.
  setTimeout(() => new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' }).format(0), 0);
  void ready.then(() => {
    persistQueryCache(queryClient);
    // Preact (scripts/renderer.ts) renders the first screen in one synchronous pass; React's transitions,
    // which sliced it, are not part of preact/compat.
    createRoot(root).render(<App />);
    startScanQueue();
    void registerServiceWorker();
  });
}
