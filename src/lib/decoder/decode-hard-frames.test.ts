/**
 * The hardest door-corpus frames (small, blurred, tilted codes that the plain pass misses) decoded in Node
 * through the code the decode worker runs: the worker's message handler, the frame reader with its rescue
 * pass and the zxing-wasm engine. Only the worker's OffscreenCanvas grab is replaced, by the same
 * bilinear scaling to the grab size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, it } from 'vitest';
import { doorCorpusSpecs } from '../../../bench/scan-corpus/door-corpus-specs.ts';
import { renderFrame } from '../../../bench/scan-corpus/render-frame.ts';
import { grayToImageData } from '../../../bench/scan-corpus/test-frame.ts';
import { GRAB_MAX_SIDE } from './frame-reader';
import { cropAndScale, type Pixels } from './pixels';
import { createWorkerHandler } from './worker-protocol';
import { createZxingWasmEngine } from './zxing-wasm-engine';

/**
 * Frames the plain pass misses and the rescue reads (found with `npm run bench:scan`); the last three were
 * read only once the rescue sharpened and upscaled 2x (a 640x480 inverted code at 2.6 pixels a module, a
 * blurred 1280x720 one at 5, and a blurred small one at 2.6).
 */
const HARD_FRAMES = [
  '1280x720-door-arm-length-07',
  '1280x720-door-arm-length-12',
  '1920x1080-door-small-blur-12',
  '1920x1080-door-inverted-08',
  '640x480-door-inverted-08',
  '1280x720-door-arm-length-08',
  '640x480-door-small-blur-06',
];

beforeAll(async () => {
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const wasmBinary = readFileSync(wasmPath).buffer as ArrayBuffer;
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
});

function atGrabSize(frame: Pixels): Pixels {
  const scale = Math.min(1, GRAB_MAX_SIDE / Math.max(frame.width, frame.height));
  if (scale === 1) return frame;
  return cropAndScale(frame, { x: 0, y: 0, width: frame.width, height: frame.height }, scale);
}

const specs = doorCorpusSpecs();

describe.each(HARD_FRAMES)('the door corpus frame %s', (id) => {
  it('is read on the frame after the plain miss, through the worker handler', async () => {
    const spec = specs.find((s) => s.id === id)!;
    const camera = grayToImageData(renderFrame(spec), spec.width, spec.height);
    const handler = createWorkerHandler({
      engines: ['zxing-wasm'],
      loadEngine: () => Promise.resolve(createZxingWasmEngine(readBarcodes)),
      toPixels: (frame) => ('close' in frame ? null : atGrabSize(frame)),
      release: () => {},
    });
    const texts = [];
    for (let n = 0; n < 2; n++)
      texts.push((await handler.handle({ type: 'decode', id: n, frame: camera }))?.text);
    expect(texts).toEqual([null, spec.text]);
  });
});
