/**
 * The service worker: thin listeners that call named Workbox strategies.
 * - Precache (the build injects the list): app shell, scanner route, decoder and its .wasm.
 * - Back office chunks: cache-first at runtime (hashed file names never change content).
 * - Navigations other than /api/: the precached index.html, so the app opens offline.
 * - API calls are never routed here, so they always go to the network: a verdict is never a cached answer.
 * Updates wait: the page decides when to activate a new version (never while scans wait to sync).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isBackOfficeAsset, isTypedMessage, SKIP_WAITING } from './routes';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

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
