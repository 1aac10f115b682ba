import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress-plugin.ts';
import { stripMessages } from './scripts/strip-messages-plugin.ts';
import { rendererAliases, rendererJsx } from './scripts/renderer.ts';

/**
 * Files only the back office needs: every chunk reachable from the lazy BackOfficeApp chunk that the door
 * screens cannot reach without it, with its CSS and assets. Door devices never precache them; the service
 * worker caches them at runtime when someone opens the back office. Filled in by `generateBundle`, read by
 * the precache manifest transform that runs after the bundle is written.
 */
const backOfficeOnly = new Set<string>();

interface ChunkInfo {
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}

function reachable(
  start: string[],
  chunks: Map<string, ChunkInfo>,
  skip: (file: string) => boolean,
): Set<string> {
  const seen = new Set<string>();
  const toVisit = [...start];
  for (let file = toVisit.pop(); file !== undefined; file = toVisit.pop()) {
    const chunk = chunks.get(file);
    if (seen.has(file) || skip(file) || !chunk) continue;
    seen.add(file);
    toVisit.push(...chunk.imports, ...chunk.dynamicImports);
  }
  return seen;
}

function withStyles(files: Set<string>, chunks: Map<string, ChunkInfo>): Set<string> {
  const all = new Set(files);
  for (const file of files) {
    const meta = chunks.get(file)?.viteMetadata;
    meta?.importedCss.forEach((css) => all.add(css));
    meta?.importedAssets.forEach((asset) => all.add(asset));
  }
  return all;
}

function backOfficeSplit(): Plugin {
  return {
    name: 'caldasa-back-office-split',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const output of Object.values(bundle))
        if (output.type === 'chunk') chunks.set(output.fileName, output);
      const isBackOffice = (file: string) =>
        /\/backoffice\/BackOfficeApp\.tsx$/.test(chunks.get(file)?.facadeModuleId ?? '');
      const roots = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
      const door = withStyles(reachable(roots, chunks, isBackOffice), chunks);
      const admin = [...chunks.keys()].filter(isBackOffice);
      const adminFiles = withStyles(
        reachable(admin, chunks, () => false),
        chunks,
      );
      backOfficeOnly.clear();
      adminFiles.forEach((file) => door.has(file) || backOfficeOnly.add(file));
    },
  };
}

/**
 * The door's English messages load before the first paint. Without a hint their chunk is only asked for
 * once the entry has run, one round trip after it; a modulepreload in the page fetches it beside the
 * entry. A device in another language fetches these few KB anyway: the service worker precaches every
 * language's door messages.
 */
function preloadDoorEnglish(): Plugin {
  return {
    name: 'caldasa-preload-door-english',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' &&
            /\/src\/locales\/compiled\/en\.json$/.test(output.facadeModuleId ?? ''),
        );
        if (!chunk) throw new Error('The door’s English messages chunk was not found in the bundle.');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The @zxing/browser fallback (about 120 KB gzip) only serves when the `.wasm` cannot load: it is left out
 * of the precache, so no device downloads it unless it needs it (then from the network, at runtime).
 */
const FALLBACK_DECODER = /\/zxing-js-loader-[^/]*\.js$/;

const icon = (size: number, purpose: 'any' | 'maskable') => ({
  src: `/icons/${purpose === 'any' ? 'icon' : 'icon-maskable'}-${size}.png`,
  sizes: `${size}x${size}`,
  type: 'image/png',
  purpose,
});

const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Caldasa Door',
  short_name: 'Door',
  description: 'Scan Caldasa tickets at the door, online or offline, and run the box office.',
  // Browsers read a manifest in one language; the app itself follows the device's (README: Languages).
  lang: 'en',
  dir: 'ltr',
  theme_color: '#111827',
  background_color: '#111827',
  display: 'standalone',
  // Phones at the door turn, and tablets stand in landscape: every door screen works both ways.
  orientation: 'any',
  start_url: '/',
  scope: '/',
  icons: [icon(192, 'any'), icon(512, 'any'), icon(192, 'maskable'), icon(512, 'maskable')],
  shortcuts: [
    { name: 'Scan', short_name: 'Scan', url: '/', icons: [icon(192, 'any')] },
    { name: 'Sales', short_name: 'Sales', url: '/admin/sales', icons: [icon(192, 'any')] },
  ],
};

export default defineConfig({
  plugins: [
    stripMessages(),
    backOfficeSplit(),
    preloadDoorEnglish(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest,
      // The icons are already in the precache through globPatterns.
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,wasm}'],
        // The QR decoder's .wasm is about 1 MB; it must be precached for scanning offline.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter(
              (entry) => !backOfficeOnly.has(entry.url) && !FALLBACK_DECODER.test(entry.url),
            ),
            warnings: [],
          }),
        ],
      },
    }),
    precompress(),
  ],
  // JSX and `react` imports go to Preact (scripts/renderer.ts says why).
  oxc: { jsx: rendererJsx },
  resolve: {
    // Every message reaches the app pre-parsed (src/locales/compiled, `npm run i18n`), so the ICU parser
    // (about 8 KB gzip) stays out of the scanner's first load.
    alias: [
      ...rendererAliases,
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: {
    outDir: 'dist',
    // Maps are written for debugging a build but referenced by no file, and the sandbox never serves them.
    sourcemap: 'hidden',
    target: 'es2022',
    rolldownOptions: {
      // TanStack Query marks its React modules "use client" for server components; a browser bundle has
      // no server side, so the directive means nothing here (React's Vite plugin used to hide this too).
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client"')) return;
        handler(level, log);
      },
    },
  },
  worker: {
    // The decode worker loads its engines with dynamic imports, which need an ES module worker.
    format: 'es',
    rolldownOptions: { output: { chunkFileNames: 'assets/[name]-[hash].js' } },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
