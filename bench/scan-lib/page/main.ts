/// <reference types="vite/client" />
/**
 * Runs inside headless Chromium: loads each engine through the app's own loaders (so the `.wasm` comes
 * from this origin under the app's CSP) and times decodes of corpus frames fetched from the bench server.
 */
import { createNativeQrDetector } from '../../../src/lib/decoder/barcode-detector.ts';
import { createFrameGrabber } from '../../../src/lib/decoder/frame-grabber.ts';
import type { PixelEngine } from '../../../src/lib/decoder/types.ts';
import { loadZxingJsEngine } from '../../../src/lib/decoder/zxing-js-loader.ts';
import { loadZxingWasmEngine } from '../../../src/lib/decoder/zxing-wasm-loader.ts';
import { createDecoder } from '../../../src/lib/decoder/index.ts';
import {
  PAGE_GLOBAL,
  type BenchFrame,
  type BenchVariant,
  type FrameOutcome,
  type PublicApiCheck,
  type ScanBenchPageApi,
} from '../protocol.ts';

async function loadFrame(frame: BenchFrame): Promise<ImageData> {
  const gray = new Uint8Array(await (await fetch(`/corpus/${frame.file}`)).arrayBuffer());
  const image = new ImageData(frame.width, frame.height);
  for (let i = 0; i < gray.length; i++) {
    image.data[i * 4] = image.data[i * 4 + 1] = image.data[i * 4 + 2] = gray[i]!;
    image.data[i * 4 + 3] = 255;
  }
  return image;
}

function loadEngine(variant: BenchVariant): Promise<PixelEngine> {
  return variant.engine === 'zxing-wasm'
    ? loadZxingWasmEngine(variant.wasmOptions)
    : loadZxingJsEngine(variant.jsOptions);
}

/** Returns the timed step for one frame: a decode of ready pixels, or grab-then-decode from a canvas. */
function timedStep(engine: PixelEngine, variant: BenchVariant) {
  if (variant.grabMaxSide === undefined) return (image: ImageData) => engine.decodePixels(image);
  const grabber = createFrameGrabber(variant.grabMaxSide ? { maxSide: variant.grabMaxSide } : {});
  const source = document.createElement('canvas');
  const context = source.getContext('2d')!;
  return {
    prepare(image: ImageData) {
      source.width = image.width;
      source.height = image.height;
      context.putImageData(image, 0, 0);
    },
    run: () => engine.decodePixels(grabber.grab(source)!),
  };
}

async function run(variant: BenchVariant, frames: BenchFrame[]): Promise<FrameOutcome[]> {
  const engine = await loadEngine(variant);
  const step = timedStep(engine, variant);
  const outcomes: FrameOutcome[] = [];
  for (const [index, frame] of frames.entries()) {
    const image = await loadFrame(frame);
    const decode = typeof step === 'function' ? () => step(image) : (step.prepare(image), step.run);
    // The first frame warms up the engine (wasm compilation tiers, JIT) before anything is timed.
    if (index === 0) for (let i = 0; i < 3; i++) await decode();
    const started = performance.now();
    const text = await decode();
    outcomes.push({ id: frame.id, decoded: text === frame.text, ms: performance.now() - started });
  }
  return outcomes;
}

async function publicApi(frame: BenchFrame): Promise<PublicApiCheck> {
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  canvas.getContext('2d')!.putImageData(await loadFrame(frame), 0, 0);
  const decoder = await createDecoder();
  try {
    return { engine: decoder.engine, text: await decoder.decode(canvas) };
  } finally {
    decoder.dispose();
  }
}

const api: ScanBenchPageApi = {
  nativeDetector: async () => ((await createNativeQrDetector()) ? 'available' : 'unavailable'),
  publicApi,
  run,
};
Object.assign(window, { [PAGE_GLOBAL]: api });
