/// <reference types="vite/client" />
/**
 * Loads zxing-wasm in the browser with the `.wasm` the app serves itself: the CSP allows no CDN, and the
 * service worker precaches the file so scanning works offline. Imported only on demand.
 */
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { createZxingWasmEngine } from './zxing-wasm-engine';
import type { PixelEngine } from './types';

/** Instantiates the module now, so a missing or blocked `.wasm` fails here and the fallback can take over. */
export async function loadZxingWasmEngine(options?: ReaderOptions): Promise<PixelEngine> {
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  return createZxingWasmEngine(readBarcodes, options);
}
