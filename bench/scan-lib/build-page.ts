/** Bundles the bench page with Vite into a temp directory, exactly as the app's build would bundle the engines. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface BuiltAsset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildBenchPage(): Promise<{ dir: string; assets: BuiltAsset[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'scan-bench-page-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./page', import.meta.url)),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    // The decode worker loads its engines with dynamic imports, which need an ES module worker.
    worker: { format: 'es' },
  });
  const assetsDir = join(dir, 'assets');
  const assets = readdirSync(assetsDir).map((file) => {
    const content = readFileSync(join(assetsDir, file));
    return { file, bytes: statSync(join(assetsDir, file)).size, gzipBytes: gzipSync(content).length };
  });
  return { dir, assets };
}
