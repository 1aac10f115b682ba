/**
 * The one way the app reads QR codes. `createDecoder()` picks the platform's BarcodeDetector when it reads
 * QR codes, otherwise loads a zxing engine on demand (dynamic import, so nothing here delays first paint)
 * in the order measured by `npm run bench:scan`; an engine that fails to load hands over to the next.
 *
 *   const decoder = await createDecoder();
 *   const text = await decoder.decode(videoElement); // string | null
 *   decoder.dispose();
 */
import { createNativeQrDetector, detectQr } from './barcode-detector';
import { createFrameGrabber, type FrameGrabberOptions } from './frame-grabber';
import type { DecodeFrame, Decoder, PixelEngine, PixelEngineName } from './types';

export type { DecodeFrame, Decoder, EngineName, PixelEngineName } from './types';
export {
  createFrameGrabber,
  type FrameGrabber,
  type FrameGrabberOptions,
  type FrameSource,
} from './frame-grabber';

/**
 * Order when there is no native detector, decided by `npm run bench:scan`: zxing-wasm decoded 99.6% of
 * the corpus against 75.4% for @zxing/browser (which read no noisy frame), so it goes first; @zxing/browser
 * is kept for when the `.wasm` cannot be loaded.
 */
export const ENGINE_ORDER: readonly PixelEngineName[] = ['zxing-wasm', 'zxing-browser'];

/**
 * Big frames are grabbed at 960 px on the long side: on the corpus this lost no frame and cut grab+decode
 * at 1280x720 from about 8 to 5.5 ms median (p95 from 14-23 to 7-11 ms over two runs).
 */
export const GRAB_OPTIONS: FrameGrabberOptions = { maxSide: 960 };

const loaders: Record<PixelEngineName, () => Promise<PixelEngine>> = {
  'zxing-wasm': async () => (await import('./zxing-wasm-loader')).loadZxingWasmEngine(),
  'zxing-browser': async () => (await import('./zxing-js-loader')).loadZxingJsEngine(),
};

export interface CreateDecoderOptions {
  /** Skip the native detector and try only these engines, in this order (tests and the bench). */
  engines?: readonly PixelEngineName[];
}

/** The best decoder this browser can run. Throws only when no engine at all could be loaded. */
export async function createDecoder(options: CreateDecoderOptions = {}): Promise<Decoder> {
  if (!options.engines) {
    const native = await createNativeQrDetector();
    if (native) return wrapNative((frame) => detectQr(native, frame));
  }
  const failures: unknown[] = [];
  for (const name of options.engines ?? ENGINE_ORDER) {
    try {
      return wrapPixelEngine(name, await loaders[name]());
    } catch (error) {
      failures.push(error);
    }
  }
  throw new AggregateError(failures, 'No QR decoder could be loaded');
}

function wrapNative(detect: (frame: DecodeFrame) => Promise<string | null>): Decoder {
  let disposed = false;
  return {
    engine: 'barcode-detector',
    decode: (frame) => (disposed ? Promise.resolve(null) : detect(frame)),
    dispose: () => {
      disposed = true;
    },
  };
}

function wrapPixelEngine(engine: PixelEngineName, pixels: PixelEngine): Decoder {
  const grabber = createFrameGrabber(GRAB_OPTIONS);
  let disposed = false;
  return {
    engine,
    async decode(frame) {
      if (disposed) return null;
      const image = 'data' in frame ? frame : grabber.grab(frame);
      return image ? pixels.decodePixels(image) : null;
    },
    dispose() {
      disposed = true;
      grabber.release();
    },
  };
}
