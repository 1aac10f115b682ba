import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ZXing from '@zxing/library';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, it } from 'vitest';
import { testFrame } from '../../../bench/scan-corpus/test-frame.ts';
import { createZxingJsEngine } from './zxing-js-engine';
import { createZxingWasmEngine } from './zxing-wasm-engine';
import type { PixelEngine } from './types';

const TOKEN = 'q8Zr3XbWm0Yt-Jf2Lk9PaE_vN7sHc4Ud';

beforeAll(async () => {
  // In Node the module is instantiated from the package's own bytes; the browser fetches the app's copy.
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const wasmBinary = readFileSync(wasmPath).buffer as ArrayBuffer;
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
});

const engines: [string, () => PixelEngine][] = [
  ['zxing-wasm', () => createZxingWasmEngine(readBarcodes)],
  ['@zxing/library', () => createZxingJsEngine(ZXing)],
];

describe.each(engines)('the %s engine', (_name, create) => {
  it('reads the ticket token from a camera frame', async () => {
    await expect(create().decodePixels(testFrame({ text: TOKEN }))).resolves.toBe(TOKEN);
  });

  it('reads a code in a 1280x720 frame', async () => {
    const frame = testFrame({ text: TOKEN, width: 1280, height: 720, rotationDeg: -20 });
    await expect(create().decodePixels(frame)).resolves.toBe(TOKEN);
  });

  it('finds nothing in a frame without a code', async () => {
    await expect(create().decodePixels(testFrame())).resolves.toBeNull();
  });

  it('reads a light-on-dark (inverted) code', async () => {
    await expect(create().decodePixels(testFrame({ text: TOKEN, inverted: true }))).resolves.toBe(TOKEN);
  });

  it('keeps reading when one engine decodes frame after frame', async () => {
    const engine = create();
    const texts = ['first-ticket-token-aaaaaa', 'second-ticket-token-bbbbb'];
    for (const text of [...texts, ...texts])
      await expect(engine.decodePixels(testFrame({ text }))).resolves.toBe(text);
  });
});
