/// <reference types="vite/client" />
/**
 * Runs inside headless Chromium: loads each engine through the app's own loaders (so the `.wasm` comes
 * from this origin under the app's CSP) and times decodes of corpus frames fetched from the bench server.
 */
import { createNativeQrDetector } from '../../../src/lib/decoder/barcode-detector.ts';
import { createFrameGrabber } from '../../../src/lib/decoder/frame-grabber.ts';
import { rescueFrame } from '../../../src/lib/decoder/frame-reader.ts';
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

/**
 * The timed plain pass for one frame: a decode of ready pixels, or the app's path (the frame drawn on a
 * canvas, grabbed at the variant's size, decoded). Returns the pixels it read, for the rescue pass.
 */
function timedStep(engine: PixelEngine, variant: BenchVariant) {
  const grabber =
    variant.grabMaxSide === undefined
      ? null
      : createFrameGrabber(variant.grabMaxSide ? { maxSide: variant.grabMaxSide } : {});
  const source = document.createElement('canvas');
  const context = source.getContext('2d')!;
  return async (image: ImageData) => {
    if (!grabber) return { text: await engine.decodePixels(image), pixels: image };
    source.width = image.width;
    source.height = image.height;
    context.putImageData(image, 0, 0);
    const pixels = grabber.grab(source)!;
    return { text: await engine.decodePixels(pixels), pixels };
  };
}

async function run(variant: BenchVariant, frames: BenchFrame[]): Promise<FrameOutcome[]> {
  const engine = await loadEngine(variant);
  const step = timedStep(engine, variant);
  const outcomes: FrameOutcome[] = [];
  for (const [index, frame] of frames.entries()) {
    const image = await loadFrame(frame);
    // The first frame warms up the engine (wasm compilation tiers, JIT) before anything is timed.
    if (index === 0) for (let i = 0; i < 3; i++) await step(image);
    const started = performance.now();
    const plain = await step(image);
    const outcome: FrameOutcome = {
      id: frame.id,
      decoded: plain.text === frame.text,
      falseRead: plain.text !== null && plain.text !== frame.text,
      ms: performance.now() - started,
    };
    if (variant.rescue && plain.text === null) {
      const rescueStarted = performance.now();
      const upscaled = rescueFrame(plain.pixels, variant.rescue === true ? undefined : variant.rescue);
      const text = upscaled ? await engine.decodePixels(upscaled) : null;
      outcome.rescueMs = performance.now() - rescueStarted;
      outcome.rescued = text === frame.text;
      outcome.decoded = outcome.rescued;
      outcome.falseRead = text !== null && text !== frame.text;
    }
    outcomes.push(outcome);
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
