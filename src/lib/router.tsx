/**
 * A small router over the History API: the app has a handful of top-level screens and needs no more.
 * Paths never carry tokens.
 *
 * Why not TanStack Router. The door and the back office share this router, and the scanner's first paint
 * must stay under 120 KB gzip; it is at 119.6 KB. TanStack Router 1.170 (createRouter, three routes, Link,
 * Outlet) measured 28.9 KB gzip on 2026-12-03 (esbuild, minified, React left out, gzip -9), and this file
 * is under 1 KB. What the library would buy is here in smaller form: typed back-office paths
 * (`ui/routes.ts`), URL search state (`ui/url-state.ts`) and the back office as one lazy chunk.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Moves to a path inside the app without a page load. */
export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
}

/** The current path, updated on navigation and back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The current query string ("?q=smith&page=3", or ""), updated like the path. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** A link that navigates inside the app; modified clicks keep the browser's behaviour. */
export function Link({
  href,
  onClick,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
      return;
    event.preventDefault();
    navigate(href);
  }
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
