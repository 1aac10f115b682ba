/**
 * The app is written against React's API and types, and renders with Preact through `preact/compat`.
 *
 * Why: on the scan screen of a phone, the first visit's long task was the entry chunk's evaluation, and
 * React DOM was 207 KB of that chunk's 307 KB (measured from its source map, 2026-12-03). With Preact the
 * entry is 94 KB before compression. The README ("Why Preact renders the app") has the before and after
 * figures. Both the build (`vite.config.ts`) and the unit tests (`vitest.config.ts`) use these settings, so
 * what the tests render is what ships.
 */
import type { Alias } from 'vite';

export const rendererAliases: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** JSX compiles to Preact's runtime through compat, so React's prop names (className, onChange) work. */
export const rendererJsx = { runtime: 'automatic', importSource: 'preact/compat' } as const;
