/**
 * Generates the scan corpus into a git-ignored cache (`node_modules/.cache/scan-corpus/<hash>/`): one raw
 * 8-bit grayscale file per frame (`<id>.gray`, width*height bytes) plus `manifest.json`. The directory name
 * is a hash of the recipe, so a changed recipe regenerates and an unchanged one is reused.
 * Run directly with `tsx bench/scan-corpus/generate.ts [bench|door]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSpecs } from './corpus-specs.ts';
import { doorCorpusSpecs } from './door-corpus-specs.ts';
import type { FrameSpec } from './frame-spec.ts';
import { renderFrame } from './render-frame.ts';

/** Bump when rendering changes in a way the specs do not show. */
const RENDER_VERSION = 1;
const CACHE_ROOT = resolve(fileURLToPath(new URL('../../node_modules/.cache/scan-corpus', import.meta.url)));

export interface CorpusFrame extends FrameSpec {
  /** File name inside the corpus directory. */
  file: string;
}

export interface CorpusManifest {
  dir: string;
  frames: CorpusFrame[];
}

export type CorpusName = 'bench' | 'door';
const RECIPES: Record<CorpusName, () => FrameSpec[]> = { bench: corpusSpecs, door: doorCorpusSpecs };

/** Returns a corpus, generating it first when the cache does not hold this recipe yet. */
export function ensureCorpus(name: CorpusName = 'bench'): CorpusManifest {
  const specs = RECIPES[name]();
  const hash = createHash('sha256')
    .update(JSON.stringify({ RENDER_VERSION, specs }))
    .digest('hex')
    .slice(0, 12);
  const dir = join(CACHE_ROOT, hash);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    return { dir, frames: JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusFrame[] };
  }
  // Write into a scratch directory and rename, so an interrupted run never leaves a half corpus behind.
  const scratch = `${dir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const frames = specs.map((spec): CorpusFrame => {
    const file = `${spec.id}.gray`;
    writeFileSync(join(scratch, file), renderFrame(spec));
    return { ...spec, file };
  });
  writeFileSync(join(scratch, 'manifest.json'), JSON.stringify(frames, null, 1));
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  return { dir, frames };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const corpus = ensureCorpus(process.argv[2] === 'door' ? 'door' : 'bench');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${corpus.frames.length} frames in ${corpus.dir} (${seconds} s)`);
}
