/**
 * A build step that writes `<file>.br` and `<file>.gz` beside every compressible file in the output, once
 * per build, so the sandbox serves them as they are (@fastify/static `preCompressed`) and never
 * compresses per request. Runs after every other `closeBundle` step, so the service worker is included.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|wasm|webmanifest|json|txt|ico)$/;
/** Below this the headers cost about as much as the bytes saved. */
const MIN_BYTES = 1024;
/**
 * Above this, brotli quality 10 instead of 11: on the decoder's .wasm 11 took about 11 s for 3% fewer
 * bytes than 10 (5 s), and the build runs in every `npm test`.
 */
const LARGE_BYTES = 256 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes `file.br` and `file.gz` beside `file` (when they are smaller); returns how many it wrote. */
export function precompressFile(file: string): number {
  const content = readFileSync(file);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: content.length > LARGE_BYTES ? 10 : constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  let written = 0;
  // A file that does not shrink is served as it is.
  for (const [extension, compressed] of [
    ['br', brotli],
    ['gz', gzip],
  ] as const) {
    if (compressed.length >= content.length) continue;
    writeFileSync(`${file}.${extension}`, compressed);
    written++;
  }
  return written;
}

/** Compresses every eligible file under `dir`; returns how many files it wrote (up to two per source). */
export function precompressDir(dir: string): number {
  return filesUnder(dir)
    .filter((file) => COMPRESSIBLE.test(file) && statSync(file).size >= MIN_BYTES)
    .reduce((written, file) => written + precompressFile(file), 0);
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'caldasa-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = join(config.root, config.build.outDir);
        const written = precompressDir(outDir);
        config.logger.info(`precompressed: ${written} .br/.gz files in ${config.build.outDir}/`);
      },
    },
  };
}
