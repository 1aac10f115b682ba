/**
 * The zxing-wasm engine (ZXing-C++ compiled to WebAssembly). `readBarcodes` is passed in so Node tests can
 * use a module instantiated from the `.wasm` bytes while the app uses the copy it serves itself.
 */
import type { ReaderOptions, readBarcodes } from 'zxing-wasm/reader';
import type { PixelEngine } from './types';

export type ReadBarcodes = typeof readBarcodes;

/**
 * Chosen with `npm run bench:scan`. QR codes need no 90° rotation retries (the detector is rotation
 * invariant); without `tryInvert` no inverted code was read, without `tryDownscale` 15 more frames failed
 * (noisy and blurred ones); `tryHarder` cost about 1 ms at 1280x720 and is kept as a margin for real
 * cameras; one symbol per frame is all a door needs and lets the reader stop early.
 */
export const ZXING_WASM_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: false,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
  // The text as encoded: the default ("HRI") writes control characters as "<BEL>", "<GS>", … and the door
  // would send that spelling instead of the code.
  textMode: 'Plain',
};

export function createZxingWasmEngine(read: ReadBarcodes, options = ZXING_WASM_OPTIONS): PixelEngine {
  return {
    async decodePixels(image) {
      // zxing-wasm reads only data, width and height (duck-typed), so plain pixels from Node or a worker do.
      const results = await read(image as ImageData, options);
      return results.find((result) => result.isValid)?.text ?? null;
    },
  };
}
