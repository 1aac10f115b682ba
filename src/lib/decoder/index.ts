/**
 * The one way the app reads QR codes. `createDecoder()` picks the platform's BarcodeDetector when it reads
 * QR codes; otherwise a decode worker that loads a zxing engine on demand (so nothing here delays first
 * paint, and no decode runs on the main thread); where a module worker with OffscreenCanvas is not
 * available, the same engines on the main thread. Engines load in the order measured by `npm run bench:scan`.
 *
 *   const decoder = await createDecoder();
 *   const text = await decoder.decode(videoElement); // string | null
 *   decoder.dispose();
 */
import { createNativeQrDetector, detectQr } from './barcode-detector';
import { ENGINE_ORDER } from './engine-order';
import { createFrameGrabber } from './frame-grabber';
import { createFrameReader, GRAB_MAX_SIDE } from './frame-reader';
import type { DecodeFrame, Decoder, PixelEngine, PixelEngineName } from './types';
import { createWorkerDecoder, grabFrame } from './worker-decoder';

export type { DecodeFrame, Decoder, EngineName, PixelEngineName } from './types';
export { ENGINE_ORDER } from './engine-order';
export { GRAB_MAX_SIDE } from './frame-reader';

const loaders: Record<PixelEngineName, () => Promise<PixelEngine>> = {
  'zxing-wasm': async () => (await import('./zxing-wasm-loader')).loadZxingWasmEngine(),
  'zxing-browser': async () => (await import('./zxing-js-loader')).loadZxingJsEngine(),
};

export interface CreateDecoderOptions {
  /** Skip the native detector and try only these engines, in this order, on the main thread (tests, bench). */
  engines?: readonly PixelEngineName[];
  /** Where pixel engines run; default: the worker where the browser can run it. */
  thread?: 'worker' | 'main';
}

/** True where the decode worker can run: module workers, OffscreenCanvas and createImageBitmap. */
export function canDecodeInWorker(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof createImageBitmap === 'function'
  );
}

function startDecodeWorker(): Promise<Decoder> {
  return createWorkerDecoder({
    createWorker: () => new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' }),
    grab: grabFrame,
  });
}

/** The best decoder this browser can run. Throws only when no engine at all could be loaded. */
export async function createDecoder(options: CreateDecoderOptions = {}): Promise<Decoder> {
  if (!options.engines && !options.thread) {
    const native = await createNativeQrDetector();
    if (native) return wrapNative((frame) => detectQr(native, frame));
  }
  const failures: unknown[] = [];
  if ((options.thread ?? 'worker') === 'worker' && !options.engines && canDecodeInWorker()) {
    try {
      return await startDecodeWorker();
    } catch (error) {
      // The worker could not start or load an engine: the main thread still can, more slowly.
      failures.push(error);
    }
  }
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

/** The main-thread path: the same grab size and frame reader as the worker, on a reused canvas. */
function wrapPixelEngine(engine: PixelEngineName, pixels: PixelEngine): Decoder {
  const grabber = createFrameGrabber({ maxSide: GRAB_MAX_SIDE });
  const reader = createFrameReader(pixels);
  let disposed = false;
  return {
    engine,
    async decode(frame) {
      if (disposed) return null;
      const image = 'data' in frame ? frame : grabber.grab(frame);
      return image ? reader.read(image) : null;
    },
    dispose() {
      disposed = true;
      grabber.release();
    },
  };
}
