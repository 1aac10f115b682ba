/** Gzip sizes of the scanner's first load (what index.html pulls in) and of the back office's lazy chunks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkGroup {
  files: string[];
  kb: string;
}

export interface BundleSizes {
  /** What index.html pulls in. */
  entry: ChunkGroup;
  /** The entry plus the English catalogue, which main.tsx loads before the first paint. */
  firstPaint: ChunkGroup;
  /** Loaded right after the first paint: workbox-window, for the service worker's registration. */
  afterPaint: ChunkGroup;
  backOffice: ChunkGroup;
  entryHasBackOffice: boolean;
}

// Chunk names come from the lazily imported modules: BackOfficeApp.tsx and the uPlot chart module.
const BACK_OFFICE_CHUNK = /^(BackOfficeApp|check-in-uplot)-.*\.(js|css)$/;
// The compiled catalogues are chunks named after their language (en-<hash>.js; en-XA is the pseudo-locale);
// English comes in three sets (door, tools, back office), and the door's is the one with the verdicts.
const ENGLISH_CATALOGUE = /^en-[\w-]{8}\.js$/;
const DOOR_MESSAGE = '"verdict.admitted"';
const WORKBOX_WINDOW = /^workbox-window\..*\.js$|^workbox-window-[\w-]{8}\.js$/;

function group(dist: string, files: string[]): ChunkGroup {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { files, kb: (bytes / 1024).toFixed(1) };
}

/** Reads dist/: the entry is every script, stylesheet and modulepreload that index.html references. */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const backOfficeFiles = readdirSync(join(dist, 'assets'))
    .filter((file) => BACK_OFFICE_CHUNK.test(file))
    .map((file) => `assets/${file}`);
  const entryCode = entryFiles
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, f), 'utf8'));
  const entryHasBackOffice = entryCode.some((code) =>
    backOfficeFiles.some(
      (file) => file.endsWith('.js') && new RegExp(`from\\s*["']\\./${file.slice(7)}`).test(code),
    ),
  );
  const assets = readdirSync(join(dist, 'assets'));
  const pick = (pattern: RegExp) =>
    assets.filter((file) => pattern.test(file)).map((file) => `assets/${file}`);
  return {
    entry: group(dist, entryFiles),
    // The page preloads the door's English messages, so they may already be among the entry's files.
    firstPaint: group(dist, [
      ...new Set([
        ...entryFiles,
        ...pick(ENGLISH_CATALOGUE).filter((file) =>
          readFileSync(join(dist, file), 'utf8').includes(DOOR_MESSAGE),
        ),
      ]),
    ]),
    afterPaint: group(dist, pick(WORKBOX_WINDOW)),
    backOffice: group(dist, backOfficeFiles),
    entryHasBackOffice,
  };
}
