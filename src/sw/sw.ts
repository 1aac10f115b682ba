/**
 * The service worker: thin listeners that call named Workbox strategies.
 * - Precache (the build injects the list): app shell, scanner route, decoder and its .wasm.
 * - Back office chunks: cache-first at runtime (hashed file names never change content).
 * - Navigations other than /api/: the precached index.html, so the app opens offline.
 * - API calls are never routed here, so they always go to the network: a verdict is never a cached answer.
 *   Where the browser has static routing (`InstallEvent.addRoutes`, Chromium), they do not even pass
 *   through this worker's fetch listener: a redeem no longer waits for the worker to be woken and to
 *   decline it (measured: request p50 15 ms with the listener in the way, the sandbox itself under 2 ms).
 * Updates wait: the page decides when to activate a new version (never while scans wait to sync).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isBackOfficeAsset, isTypedMessage, SKIP_WAITING } from './routes';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/** Chromium's ServiceWorker static routing; not in TypeScript's lib yet. */
interface StaticRoutingInstallEvent extends ExtendableEvent {
  addRoutes?: (
    rules: Array<{ condition: Record<string, unknown>; source: 'network' | 'fetch-event' | 'cache' }>,
  ) => Promise<void>;
}

self.addEventListener('install', (event) => {
  const { addRoutes } = event as StaticRoutingInstallEvent;
  if (typeof addRoutes !== 'function') return;
  // Writes are never cached, and the API's reads must be fresh: both go straight to the network, whichever
  // origin the API is on. Everything else (the shell, the precache, navigations) still comes here.
  event.waitUntil(
    addRoutes
      .call(event, [
        { condition: { requestMethod: 'post' }, source: 'network' },
        { condition: { urlPattern: '/api/*' }, source: 'network' },
      ])
      .catch(() => undefined),
  );
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    allowlist: [/./],
    denylist: [/^\/api(\/|$)/],
  }),
);

registerRoute(
  ({ url, request }) => request.method === 'GET' && isBackOfficeAsset(url, self.location.origin),
  new CacheFirst({ cacheName: 'caldasa-door-back-office' }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if (isTypedMessage(event.data) && event.data.type === SKIP_WAITING) void self.skipWaiting();
});
