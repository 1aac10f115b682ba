/// <reference lib="webworker" />
/**
 * The decode worker: the page transfers a frame (a VideoFrame or ImageBitmap of the live video), this scales it to the
 * grab size on an OffscreenCanvas, reads it with the engine that loaded and answers the text or null.
 * Engines load here, on demand; the @zxing/browser fallback only when the `.wasm` cannot load.
 */
import { ENGINE_ORDER } from './engine-order';
import { GRAB_MAX_SIDE } from './frame-reader';
import type { Pixels } from './pixels';
import type { PixelEngine, PixelEngineName } from './types';
import { createWorkerHandler, type FromWorker, type GrabbedFrame, type WorkerFrame } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const loaders: Record<PixelEngineName, () => Promise<PixelEngine>> = {
  'zxing-wasm': async () => (await import('./zxing-wasm-loader')).loadZxingWasmEngine(),
  'zxing-browser': async () => (await import('./zxing-js-loader')).loadZxingJsEngine(),
};

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/** Draws the frame at the grab size (downscaling only) and reads its pixels back. */
function framePixels(frame: GrabbedFrame): Pixels | null {
  const [sourceWidth, sourceHeight] =
    'displayWidth' in frame ? [frame.displayWidth, frame.displayHeight] : [frame.width, frame.height];
  const scale = Math.min(1, GRAB_MAX_SIDE / Math.max(sourceWidth, sourceHeight));
  const width = Math.round(sourceWidth * scale);
  const height = Math.round(sourceHeight * scale);
  if (width === 0 || height === 0) return null;
  canvas ??= new OffscreenCanvas(width, height);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  // willReadFrequently keeps the canvas in CPU memory: a read-back every frame is the whole point.
  context ??= canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(frame, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

const handler = createWorkerHandler({
  engines: ENGINE_ORDER,
  loadEngine: (name) => loaders[name](),
  toPixels: (frame: WorkerFrame) => ('close' in frame ? framePixels(frame) : frame),
  release: (frame: WorkerFrame) => {
    if ('close' in frame) frame.close();
  },
});

const answer = (message: FromWorker | null) => message && self.postMessage(message);
void handler.start().then(answer);
self.onmessage = (event: MessageEvent<unknown>) => void handler.handle(event.data).then(answer);
